package edu.aum.course.essay.entity;

import edu.aum.course.account.api.Account;
import edu.aum.course.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A student's private calendar feed: one per student, opened by a secret of which only the SHA-256 is kept. A new
 * link replaces the secret (the old address stops working); a revoked feed has none until the student makes one.
 */
@Entity
@Table(name = "calendar_feeds")
@NamedQuery(
        name = CalendarFeed.BY_HASH,
        query = "SELECT f FROM CalendarFeed f JOIN FETCH f.student WHERE f.tokenHash = :hash")
@NamedQuery(name = CalendarFeed.OF_STUDENT, query = "SELECT f FROM CalendarFeed f WHERE f.student.id = :student")
public class CalendarFeed implements java.io.Serializable {

    public static final String BY_HASH = "CalendarFeed.byHash";
    public static final String OF_STUDENT = "CalendarFeed.ofStudent";
    /**
     * Notes a poll (SQL: now, id, the last read before which it is written) without the version: EclipseLink raises
     * the version in a JPQL bulk update, and a calendar's poll must never fail the student's revocation.
     */
    public static final String RECORD_READ = "UPDATE calendar_feeds SET last_read_at = ? WHERE id = ?"
            + " AND (last_read_at IS NULL OR last_read_at < ?)";
    /** A poll is written down at most this often: calendars poll all day long. */
    public static final Duration READ_GRANULARITY = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Account student;

    /** SHA-256 of the secret, lowercase hex; null while revoked. */
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    @Version
    private long version;

    protected CalendarFeed() {
        // for JPA
    }

    public CalendarFeed(Account student, String tokenHash, Instant now) {
        this.student = Objects.requireNonNull(student);
        renew(tokenHash, now);
    }

    /** A new secret: the feed's old address stops working. */
    public final void renew(String tokenHash, Instant now) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(now);
        this.revokedAt = null;
        this.lastReadAt = null;
    }

    public void revoke(Instant now) {
        if (!isActive()) {
            throw new BusinessException("calendar.notActive");
        }
        this.tokenHash = null;
        this.revokedAt = Objects.requireNonNull(now);
    }

    public boolean isActive() {
        return tokenHash != null;
    }

    /** The last-read time before which a poll now is written down (see RECORD_READ). */
    public static Instant recordReadBefore(Instant now) {
        return now.minus(READ_GRANULARITY);
    }

    public Long getId() {
        return id;
    }

    public Account getStudent() {
        return student;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastReadAt() {
        return lastReadAt;
    }

    public long getVersion() {
        return version;
    }
}
