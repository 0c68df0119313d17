package edu.aum.course.platform.ratelimit;

import edu.aum.course.platform.cluster.TimerSlots;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The request counts of RequestLimits (rate_windows): a row per subject and fixed window (kept until the next
 * window is over too), raised by one atomic upsert that holds the row until this short transaction commits, so the count read back is exactly this
 * request's, whichever instance counts it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateWindows {

    static final Duration CLEAN_UP = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TimerSlots slots;

    /** What a subject sent in the window before and in this one (this request counted). */
    public record Counts(int previous, int current) {}

    /** Counts one request in the subject's window (key and start) and answers it with the window before. */
    public Counts count(String key, Instant start, Duration size) {
        em.createNativeQuery("INSERT INTO rate_windows (limit_key, window_start, hits, expires_at)"
                        + " VALUES (?, ?, 1, ?) ON DUPLICATE KEY UPDATE hits = hits + 1")
                .setParameter(1, key)
                .setParameter(2, Timestamp.from(start))
                .setParameter(3, Timestamp.from(start.plus(size.multipliedBy(2))))
                .executeUpdate();
        return new Counts(hits(key, start.minus(size)), hits(key, start));
    }

    private int hits(String key, Instant start) {
        return em
                .createNativeQuery("SELECT hits FROM rate_windows WHERE limit_key = ? AND window_start = ?")
                .setParameter(1, key)
                .setParameter(2, Timestamp.from(start))
                .getResultList()
                .stream()
                .mapToInt(hits -> ((Number) hits).intValue())
                .findFirst()
                .orElse(0);
    }

    /** Windows that are over are deleted, by one instance per slot. */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void forgetOldWindows() {
        if (slots.claim(TimerSlots.RATE_WINDOWS_CLEAN_UP, CLEAN_UP)) {
            deleteBefore(clock.instant());
        }
    }

    int deleteBefore(Instant now) {
        return em.createNativeQuery("DELETE FROM rate_windows WHERE expires_at < ?")
                .setParameter(1, Timestamp.from(now))
                .executeUpdate();
    }
}
