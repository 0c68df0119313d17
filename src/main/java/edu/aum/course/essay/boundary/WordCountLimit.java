package edu.aum.course.essay.boundary;

import edu.aum.course.platform.ratelimit.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one client address may count words: WORD_COUNT_REQUESTS_PER_MINUTE (default 600, bursts of as
 * many). The essay page asks at most once per 300 ms pause in typing (essay.js), some 200 a minute for one
 * student typing without a break, so a default of three times that leaves room for a few students behind one
 * address while stopping a script that feeds the counter megabytes in a loop. In memory per instance.
 */
@ApplicationScoped
public class WordCountLimit {

    @Inject
    @ConfigProperty(name = "word.count.requests.per.minute", defaultValue = "600")
    int perMinute;

    @Inject
    Clock clock;

    private RateLimiter limiter;

    @PostConstruct
    void create() {
        limiter = new RateLimiter(Math.max(1, perMinute), Duration.ofMinutes(1), clock);
    }

    /** Empty when the address may count now; else how long it must wait. */
    public Optional<Duration> acquire(String address) {
        return limiter.acquire(address == null ? "" : address);
    }
}
