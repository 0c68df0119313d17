package edu.aum.course.platform.ratelimit;

import java.time.Duration;

/** At most {@code limit} requests of a kind per subject (a client address, an API token) in each window. */
public record RateLimit(String kind, int limit, Duration window) {

    public RateLimit {
        if (limit < 1 || window.toSeconds() < 1 || kind.length() > 15) {
            throw new IllegalArgumentException("limit >= 1, a window of seconds, a kind of at most 15 characters");
        }
    }

    /** A limit per minute; a setting below 1 counts as 1. */
    public static RateLimit perMinute(String kind, int limit) {
        return new RateLimit(kind, Math.max(1, limit), Duration.ofMinutes(1));
    }
}
