package edu.aum.course.account.entity;

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
 * Failed sign-ins of one subject (an e-mail as typed, or a network address) in the current window.
 * Too many in one window lock the subject for a while. Kept in the database, so instances share it.
 */
@Entity
@Table(name = "login_throttles")
@NamedQuery(
        name = LoginThrottle.DELETE_STALE,
        query = "DELETE FROM LoginThrottle t WHERE t.windowStarted < :before"
                + " AND (t.lockedUntil IS NULL OR t.lockedUntil < :now)")
public class LoginThrottle {

    public static final String DELETE_STALE = "LoginThrottle.deleteStale";

    /** How many failures within how long lock for how long. */
    public record Rule(int failures, Duration window, Duration lock) {}

    /** The key: the subject's kind and the SHA-256 of its value, so typed e-mails are not kept. */
    @Id
    @Column(name = "throttle_key", length = 80)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started", nullable = false)
    private Instant windowStarted;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected LoginThrottle() {
        // for JPA
    }

    public LoginThrottle(String key, Instant now) {
        this.key = Objects.requireNonNull(key);
        this.windowStarted = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; answers whether the subject is locked now. A failure while locked is not counted. */
    public boolean recordFailure(Instant now, Rule rule) {
        if (isLocked(now)) {
            return true;
        }
        if (!now.isBefore(windowStarted.plus(rule.window()))) {
            windowStarted = now;
            failures = 0;
        }
        failures++;
        if (failures >= rule.failures()) {
            lockedUntil = now.plus(rule.lock());
            failures = 0;
            windowStarted = now;
            return true;
        }
        return false;
    }

    /** A successful sign-in forgets the failures. */
    public void reset(Instant now) {
        failures = 0;
        windowStarted = now;
        lockedUntil = null;
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
