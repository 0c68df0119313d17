package edu.aum.course.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private Instant now = Instant.parse("2026-11-28T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void allowsTheCapacityThenAsksToWait() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire("1.2.3.4").isEmpty(), "request " + i);
        }
        Optional<Duration> wait = limiter.acquire("1.2.3.4");
        assertEquals(Optional.of(Duration.ofSeconds(20)), wait);
    }

    @Test
    void keysAreCountedApart() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), clock);
        assertTrue(limiter.acquire("a").isEmpty());
        assertTrue(limiter.acquire("b").isEmpty());
        assertTrue(limiter.acquire("a").isPresent());
    }

    @Test
    void refillsEvenlyOverThePeriod() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1), clock);
        limiter.acquire("k");
        limiter.acquire("k");
        assertTrue(limiter.acquire("k").isPresent());
        now = now.plusSeconds(30);
        assertTrue(limiter.acquire("k").isEmpty());
        assertTrue(limiter.acquire("k").isPresent());
        now = now.plusSeconds(600);
        assertTrue(limiter.acquire("k").isEmpty());
        assertTrue(limiter.acquire("k").isEmpty());
        assertTrue(limiter.acquire("k").isPresent());
    }

    @Test
    void neverAsksToWaitLessThanASecond() {
        RateLimiter limiter = new RateLimiter(1000, Duration.ofSeconds(1), clock);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire("k");
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), limiter.acquire("k"));
    }
}
