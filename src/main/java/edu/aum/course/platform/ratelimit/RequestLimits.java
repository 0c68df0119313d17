package edu.aum.course.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one rule for request rates of the public APIs (verification, the partner API, the word count), counted in
 * the database (RateWindows) by every instance alike. A RateLimit allows its number of requests per subject in any
 * window's length: windows start at multiples of their length since the epoch, and a request counts the present
 * window's requests (refused ones too) plus the window before's, weighted by how much of it the last window's
 * length still covers. When the database cannot count, the request goes on (and fails or succeeds on its own): a
 * limit must not turn an outage into a wall of 429s.
 */
@ApplicationScoped
public class RequestLimits {

    private static final Logger LOG = Logger.getLogger(RequestLimits.class.getName());

    @Inject
    RateWindows windows;

    @Inject
    Clock clock;

    /** Takes one request: empty when allowed, else how long to wait (at least a second, for Retry-After). */
    public Optional<Duration> acquire(RateLimit limit, String subject) {
        Instant now = clock.instant();
        long size = limit.window().toSeconds();
        long elapsed = Math.floorMod(now.getEpochSecond(), size);
        Instant start = Instant.ofEpochSecond(now.getEpochSecond() - elapsed);
        RateWindows.Counts counts;
        try {
            counts = windows.count(Throttles.key(limit.kind(), subject == null ? "" : subject), start, limit.window());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Rate limit " + limit.kind() + " not counted: " + e);
            return Optional.empty();
        }
        double covered = 1 - (elapsed + now.getNano() / 1e9) / size;
        if (counts.current() + counts.previous() * covered <= limit.limit()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(
                Math.max(1, (long) Math.ceil(wait(limit.limit(), counts, size, elapsed)))));
    }

    /** Seconds until the weighted count is within the limit again, if nobody sends meanwhile. */
    static double wait(int limit, RateWindows.Counts counts, long size, long elapsed) {
        if (counts.current() > limit) {
            return size - elapsed + size * (1 - limit / (double) counts.current());
        }
        return size * (1 - (limit - counts.current()) / (double) counts.previous()) - elapsed;
    }
}
