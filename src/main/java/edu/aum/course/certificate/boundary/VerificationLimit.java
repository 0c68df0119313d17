package edu.aum.course.certificate.boundary;

import edu.aum.course.platform.ratelimit.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One budget per client address for both verification endpoints (the page and the JSON): a burst of
 * VERIFY_RATE_PER_MINUTE requests, refilled at that rate. Enough for people and QR scanners, not for
 * walking through serials.
 */
@ApplicationScoped
public class VerificationLimit {

    @Inject
    @ConfigProperty(name = "verify.rate.per.minute", defaultValue = "30")
    int perMinute;

    @Inject
    Clock clock;

    private RateLimiter limiter;

    @PostConstruct
    void create() {
        limiter = new RateLimiter(Math.max(1, perMinute), Duration.ofMinutes(1), clock);
    }

    /** Empty when the address may go on; else how long it must wait. */
    public Optional<Duration> acquire(String address) {
        return limiter.acquire(address == null ? "" : address);
    }
}
