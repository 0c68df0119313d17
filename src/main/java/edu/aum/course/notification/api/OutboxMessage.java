package edu.aum.course.notification.api;

import edu.aum.course.notification.entity.MailStatus;
import edu.aum.course.platform.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One e-mail, rendered in its recipient's language when it was written, with its delivery state.
 * A sender claims it, hands it to SMTP and records the outcome; failures wait longer each time.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(
        name = OutboxMessage.DUE,
        query = "SELECT m.id FROM OutboxMessage m WHERE (m.status = :pending"
                + " AND m.nextAttemptAt <= :now) OR (m.status = :sending"
                + " AND m.claimedUntil < :now) ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(
        name = OutboxMessage.CLAIM,
        query = "UPDATE OutboxMessage m SET m.status = :sending,"
                + " m.claimedUntil = :until, m.version = m.version + 1"
                + " WHERE m.id = :id AND ((m.status = :pending"
                + " AND m.nextAttemptAt <= :now) OR (m.status = :sending"
                + " AND m.claimedUntil < :now))")
public class OutboxMessage implements java.io.Serializable {

    public static final String DUE = "OutboxMessage.due";
    public static final String CLAIM = "OutboxMessage.claim";

    /** After this many failed attempts a message is FAILED and waits for an admin. */
    public static final int MAX_ATTEMPTS = 10;

    /** The right-hand side of the Message-IDs the outbox makes (RFC 5322 msg-id; V20 uses it for older rows). */
    public static final String MESSAGE_ID_DOMAIN = "course.aum";

    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "recipient_name", length = 200)
    private String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = 60)
    private String template;

    @Column(nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The same for every attempt, so that a mail sent again after a sender died mid-send is the same mail. */
    @Column(name = "message_id", length = 250)
    private String messageId;

    @Version
    private long version;

    protected OutboxMessage() {
        // for JPA
    }

    public OutboxMessage(
            String recipient,
            String recipientName,
            Language language,
            String template,
            String subject,
            String body,
            Instant now) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("A message needs a recipient");
        }
        this.recipient = recipient.strip();
        this.recipientName = recipientName;
        this.language = Objects.requireNonNull(language);
        this.template = Objects.requireNonNull(template);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.messageId = "<" + UUID.randomUUID() + "@" + MESSAGE_ID_DOMAIN + ">";
    }

    /** The SMTP server accepted the message. */
    public void sent(Instant now) {
        requireStatus(MailStatus.SENDING);
        status = MailStatus.SENT;
        sentAt = now;
        attempts++;
        claimedUntil = null;
        lastError = null;
    }

    /** The attempt failed; the next one waits base × 2^(attempts−1), at most an hour. */
    public void failed(String error, Instant now, Duration base) {
        requireStatus(MailStatus.SENDING);
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        claimedUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            return;
        }
        status = MailStatus.PENDING;
        nextAttemptAt = now.plus(backoff(attempts, base));
    }

    static Duration backoff(int attempts, Duration base) {
        Duration wait = base.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** An admin queues a message that failed for good once more. */
    public void retry(Instant now) {
        requireStatus(MailStatus.FAILED);
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public boolean canBeRetried() {
        return status == MailStatus.FAILED;
    }

    private void requireStatus(MailStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    /** The Message-ID header of every attempt to send this message, e.g. {@code <uuid@course.aum>}. */
    public String getMessageId() {
        return messageId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Language getLanguage() {
        return language;
    }

    public String getTemplate() {
        return template;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
