package edu.aum.course.notification.entity;

import edu.aum.course.platform.persistence.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A file sent with an outbox message (a certificate PDF, for example), kept as it was queued. */
@Entity
@Table(name = "mail_attachments")
@NamedQuery(
        name = MailAttachment.OF_MESSAGE,
        query = "SELECT a FROM MailAttachment a WHERE a.messageId = :message ORDER BY a.id")
public class MailAttachment extends StoredFile implements java.io.Serializable {

    public static final String OF_MESSAGE = "MailAttachment.ofMessage";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private long messageId;

    protected MailAttachment() {
        // for JPA
    }

    public MailAttachment(long messageId, String fileName, String contentType, byte[] content) {
        super(fileName, contentType, content);
        this.messageId = messageId;
    }

    public Long getId() {
        return id;
    }

    public int getSize() {
        return contentLength();
    }
}
