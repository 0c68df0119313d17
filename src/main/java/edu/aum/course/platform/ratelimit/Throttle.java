package edu.aum.course.platform.ratelimit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What one subject (a password guessed for an account from an address, mail sent to a recipient, ...) did
 * in the current window. Reaching the rule's limit locks the subject for a while; a growing rule locks
 * again at the next event after a lock, each time twice as long (up to its longest lock), until the
 * subject is forgotten (a success, or a day without events). In the database, so every instance agrees.
 */
@Entity
@Table(name = "throttles")
@NamedQuery(
        name = Throttle.DELETE_STALE,
        query = "DELETE FROM Throttle t WHERE t.windowStarted < :before"
                + " AND (t.lockedUntil IS NULL OR t.lockedUntil < :now)")
public class Throttle implements java.io.Serializable {

    public static final String DELETE_STALE = "Throttle.deleteStale";

    /** The limit of events within the window, and the lock that reaching it brings. */
    public record Rule(int limit, Duration window, Duration firstLock, Duration longestLock) {

        public Rule {
            if (limit < 1 || firstLock.compareTo(longestLock) > 0) {
                throw new IllegalArgumentException("limit >= 1 and firstLock <= longestLock");
            }
        }

        /** The same lock each time: at most {@code limit} events per {@code window}. */
        public static Rule fixed(int limit, Duration window) {
            return new Rule(limit, window, window, window);
        }

        /** After the limit, a lock at each further event, doubling from firstLock up to longestLock. */
        public static Rule growing(int limit, Duration window, Duration firstLock, Duration longestLock) {
            return new Rule(limit, window, firstLock, longestLock);
        }

        boolean grows() {
            return !firstLock.equals(longestLock);
        }

        Duration lock(int locksBefore) {
            Duration lock = firstLock.multipliedBy(1L << Math.min(locksBefore, 20));
            return lock.compareTo(longestLock) > 0 ? longestLock : lock;
        }
    }

    /** The subject's kind and the SHA-256 of what identifies it, so that no address is kept. */
    @Id
    @Column(name = "throttle_key", length = 80)
    private String key;

    @Column(name = "failures", nullable = false)
    private int count;

    @Column(name = "window_started", nullable = false)
    private Instant windowStarted;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Locks in a row since the subject was last forgotten. */
    @Column(nullable = false)
    private int locks;

    @Version
    private long version;

    protected Throttle() {
        // for JPA
    }

    public Throttle(String key, Instant now) {
        this.key = Objects.requireNonNull(key);
        this.windowStarted = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts an event; answers whether the subject is locked now. An event while locked is not counted. */
    public boolean record(Instant now, Rule rule) {
        if (isLocked(now)) {
            return true;
        }
        if (rule.grows() && locks > 0) {
            return lock(now, rule);
        }
        if (!now.isBefore(windowStarted.plus(rule.window()))) {
            windowStarted = now;
            count = 0;
        }
        count++;
        return count >= rule.limit() && lock(now, rule);
    }

    private boolean lock(Instant now, Rule rule) {
        lockedUntil = now.plus(rule.lock(locks));
        locks++;
        count = 0;
        windowStarted = now;
        return true;
    }

    /** The subject is forgotten (a successful sign-in): no count, no lock. */
    public void reset(Instant now) {
        count = 0;
        locks = 0;
        windowStarted = now;
        lockedUntil = null;
    }

    public String getKey() {
        return key;
    }

    public int getCount() {
        return count;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
