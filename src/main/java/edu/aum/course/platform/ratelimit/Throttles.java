package edu.aum.course.platform.ratelimit;

import edu.aum.course.platform.cluster.TimerSlots;
import edu.aum.course.platform.ratelimit.Throttle.Rule;
import edu.aum.course.platform.text.Sha256;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The throttles kept in the database (Throttle), for limits that must hold across instances and that
 * an attacker must not reset by reaching another instance. Each call is its own short transaction, so a
 * count stays counted when the caller's work rolls back; rows are locked while counted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Throttles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TimerSlots slots;

    /** A throttle key: its kind and the SHA-256 of the parts that identify the subject (at most 80 characters). */
    public static String key(String kind, String... parts) {
        if (kind.length() > 15) {
            throw new IllegalArgumentException("A throttle kind has at most 15 characters: " + kind);
        }
        return kind + ":" + Sha256.hex(String.join("\n", parts));
    }

    public boolean isLocked(String key) {
        return Optional.ofNullable(em.find(Throttle.class, key))
                .filter(throttle -> throttle.isLocked(clock.instant()))
                .isPresent();
    }

    /** Counts an event; answers whether the subject is locked now (this event reached the limit, or it was). */
    public boolean record(String key, Rule rule) {
        Instant now = clock.instant();
        Throttle throttle = em.find(Throttle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new Throttle(key, now);
            em.persist(throttle);
            em.flush(); // a second first event at once fails here, in the caller's view (EJBException)
        }
        return throttle.record(now, rule);
    }

    /** Forgets the subject's count and locks. */
    public void forget(String key) {
        Optional.ofNullable(em.find(Throttle.class, key, LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(throttle -> throttle.reset(clock.instant()));
    }

    /** Subjects without an event for a day, and not locked, are forgotten (by one instance each hour). */
    @Schedule(hour = "*", minute = "17", persistent = false)
    void forgetStale() {
        if (slots.claim(TimerSlots.THROTTLES_CLEAN_UP, Duration.ofHours(1))) {
            deleteStale();
        }
    }

    int deleteStale() {
        Instant now = clock.instant();
        return em.createNamedQuery(Throttle.DELETE_STALE)
                .setParameter("before", now.minus(Duration.ofDays(1)))
                .setParameter("now", now)
                .executeUpdate();
    }
}
