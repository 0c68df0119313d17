package edu.aum.course.partner.boundary;

import edu.aum.course.platform.ratelimit.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often the partner API answers: per token (PARTNER_API_REQUESTS_PER_MINUTE, default 120, bursts of
 * as many), and per address for calls without a valid token (a tenth of it, at least 10), so that guessing
 * tokens is slow. In memory per instance (RateLimiter).
 */
@ApplicationScoped
public class ApiLimits {

    @Inject
    @ConfigProperty(name = "partner.api.requests.per.minute", defaultValue = "120")
    int perMinute;

    @Inject
    Clock clock;

    private RateLimiter tokens;
    private RateLimiter strangers;

    @PostConstruct
    void start() {
        tokens = new RateLimiter(Math.max(1, perMinute), Duration.ofMinutes(1), clock);
        strangers = new RateLimiter(Math.max(10, perMinute / 10), Duration.ofMinutes(1), clock);
    }

    /** Empty when the token may call now, else how long to wait. */
    public Optional<Duration> token(long tokenId) {
        return tokens.acquire("token:" + tokenId);
    }

    /** Empty when a caller without a valid token may try now, else how long to wait. */
    public Optional<Duration> stranger(String address) {
        return strangers.acquire("address:" + address);
    }
}
