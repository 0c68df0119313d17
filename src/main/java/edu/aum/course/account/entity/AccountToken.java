package edu.aum.course.account.entity;

import edu.aum.course.account.api.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use, expiring link mailed to a person. Only the SHA-256 of the random token is stored, so
 * the table does not hold working links. A newer token of the same purpose closes the older ones.
 */
@Entity
@Table(name = "account_tokens")
@NamedQuery(name = AccountToken.FIND_BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(
        name = AccountToken.CLOSE_OPEN,
        query = "UPDATE AccountToken t SET t.usedAt = :now,"
                + " t.version = t.version + 1 WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
public class AccountToken implements java.io.Serializable {

    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    public static final String CLOSE_OPEN = "AccountToken.closeOpen";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    /** For CHANGE_EMAIL: the address that becomes the account's once the link is followed. */
    @Column(name = "new_email", length = Account.EMAIL_MAX)
    private String newEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** When the link was followed, or replaced by a newer one. */
    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected AccountToken() {
        // for JPA
    }

    public AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(purpose.lifetime());
    }

    public static AccountToken emailChange(Account account, String newEmail, String tokenHash, Instant now) {
        AccountToken token = new AccountToken(account, TokenPurpose.CHANGE_EMAIL, tokenHash, now);
        token.newEmail = Account.normalizeEmail(newEmail);
        return token;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Follows the link once; a used or expired token refuses. */
    public void use(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("Token " + id + " is used or expired");
        }
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
