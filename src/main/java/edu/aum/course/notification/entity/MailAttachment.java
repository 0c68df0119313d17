package edu.aum.course.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** A file sent with an outbox message (a certificate PDF, for example), kept as it was queued. */
@Entity
@Table(name = "mail_attachments")
@NamedQuery(name = MailAttachment.OF_MESSAGE, query = "SELECT a FROM MailAttachment a WHERE a.messageId = :message ORDER BY a.id")
public class MailAttachment {

    public static final String OF_MESSAGE = "MailAttachment.ofMessage";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private long messageId;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Lob
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected MailAttachment() {
        // for JPA
    }

    public MailAttachment(long messageId, String fileName, String contentType, byte[] content) {
        this.messageId = messageId;
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.content = Objects.requireNonNull(content).clone();
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int getSize() {
        return content.length;
    }
}
