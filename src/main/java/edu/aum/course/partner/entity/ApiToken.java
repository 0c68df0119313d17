package edu.aum.course.partner.entity;

import edu.aum.course.account.api.Account;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.university.api.University;
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
 * A partner university's key to the partner API. The secret is shown once when it is made; only its
 * SHA-256 is kept (a stolen database lets nobody call the API), with a short hint so people can tell
 * their tokens apart. A revoked token stays listed and never works again.
 */
@Entity
@Table(name = "partner_api_tokens")
@NamedQuery(
        name = ApiToken.BY_HASH,
        query = "SELECT t FROM ApiToken t JOIN FETCH t.university"
                + " JOIN FETCH t.createdBy WHERE t.tokenHash = :hash")
@NamedQuery(
        name = ApiToken.OF_UNIVERSITY,
        query = "SELECT t FROM ApiToken t JOIN FETCH t.createdBy"
                + " WHERE t.university.id = :university ORDER BY t.revokedAt, t.createdAt DESC, t.id DESC")
@NamedQuery(
        name = ApiToken.RECORD_USE,
        query = "UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
                + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :before)")
@NamedQuery(
        name = ApiToken.ALL,
        query = "SELECT t FROM ApiToken t JOIN FETCH t.university JOIN FETCH t.createdBy"
                + " ORDER BY t.revokedAt, t.createdAt DESC, t.id DESC")
public class ApiToken implements java.io.Serializable {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_UNIVERSITY = "ApiToken.ofUniversity";
    public static final String ALL = "ApiToken.all";
    /**
     * Notes a use without the version check: concurrent calls with one token must not fail each other, and
     * a revocation at the same moment must win.
     */
    public static final String RECORD_USE = "ApiToken.recordUse";

    public static final int NAME_MAX = 100;
    /** Last use is written at most this often, so that a busy client does not write a row per request. */
    static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "university_id", nullable = false, updatable = false)
    private University university;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** SHA-256 of the secret, lowercase hex. */
    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    /** The first characters of the secret, e.g. "aum_pt_Xy3k". */
    @Column(name = "token_hint", nullable = false, length = 12, updatable = false)
    private String tokenHint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false, updatable = false)
    private Account createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by_id")
    private Account revokedBy;

    @Version
    private long version;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(
            University university, String name, String tokenHash, String tokenHint, Account createdBy, Instant now) {
        if (!university.isPartner()) {
            throw new BusinessException("partner.token.notPartner");
        }
        this.university = university;
        this.name = requireName(name);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.tokenHint = Objects.requireNonNull(tokenHint);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
    }

    private static String requireName(String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("partner.token.nameRequired");
        }
        if (value.strip().length() > NAME_MAX) {
            throw new BusinessException("partner.token.nameTooLong", NAME_MAX);
        }
        return value.strip();
    }

    public void revoke(Account by, Instant now) {
        if (isRevoked()) {
            throw new BusinessException("partner.token.alreadyRevoked", name);
        }
        this.revokedBy = Objects.requireNonNull(by);
        this.revokedAt = Objects.requireNonNull(now);
    }

    /**
     * Whether the token opens the API: not revoked, its university still a partner, and the person who
     * made it still has an active account (tokens of staff who left stop working with their account).
     */
    public boolean isUsable() {
        return !isRevoked() && university.isPartner() && createdBy.isActive();
    }

    /** Whether a use now should be written down: at most once a minute, so a busy client writes little. */
    public boolean isUseWorthRecording(Instant now) {
        return lastUsedAt == null || !lastUsedAt.plus(USE_GRANULARITY).isAfter(now);
    }

    /** The last-use time before which a use is recorded again (see RECORD_USE). */
    public static Instant recordUseBefore(Instant now) {
        return now.minus(USE_GRANULARITY).plusNanos(1);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public University getUniversity() {
        return university;
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getTokenHint() {
        return tokenHint;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Account getRevokedBy() {
        return revokedBy;
    }

    public long getVersion() {
        return version;
    }
}
