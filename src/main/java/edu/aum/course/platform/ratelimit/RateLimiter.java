package edu.aum.course.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (an address, an API token): {@code capacity} requests at once, refilled evenly so
 * that {@code capacity} more are allowed every {@code period}. Kept in memory, so each instance counts for
 * itself (with N instances behind a load balancer, a caller gets at most N times the limit). Idle buckets
 * are forgotten once full again, so the map stays as large as the set of recent callers.
 */
public final class RateLimiter {

    private static final int SWEEP_EVERY = 1024;

    private final int capacity;
    private final double tokensPerNano;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private int calls;

    public RateLimiter(int capacity, Duration period, Clock clock) {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("capacity >= 1 and a positive period");
        }
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) period.toNanos();
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Takes one request for the key: empty when allowed, else how long to wait before the next one is
     * (for a Retry-After header; at least one second).
     */
    public Optional<Duration> acquire(String key) {
        long now = nanos(clock.instant());
        sweepNowAndThen(now);
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, capacity, tokensPerNano);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Optional.empty();
            }
            long waitNanos = (long) Math.ceil((1 - bucket.tokens) / tokensPerNano);
            long seconds = Math.max(1, (long) Math.ceil(waitNanos / 1e9));
            return Optional.of(Duration.ofSeconds(seconds));
        }
    }

    private void sweepNowAndThen(long now) {
        if (++calls % SWEEP_EVERY != 0) {
            return;
        }
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(now, capacity, tokensPerNano);
                return e.getValue().tokens >= capacity;
            }
        });
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.at = now;
        }

        void refill(long now, int capacity, double tokensPerNano) {
            if (now > at) {
                tokens = Math.min(capacity, tokens + (now - at) * tokensPerNano);
                at = now;
            }
        }
    }
}
