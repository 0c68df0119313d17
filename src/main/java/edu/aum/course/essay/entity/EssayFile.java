package edu.aum.course.essay.entity;

import edu.aum.course.platform.persistence.StoredFile;
import edu.aum.course.platform.text.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A file a student uploaded instead of typing, kept as it came (files live in the database). */
@Entity
@Table(name = "essay_files")
public class EssayFile extends StoredFile implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected EssayFile() {
        // for JPA
    }

    /** A long name is shortened from the front so that its extension stays; a missing type is octet-stream. */
    public EssayFile(String fileName, String contentType, byte[] content, Instant now) {
        super(
                limit(Objects.requireNonNull(fileName).strip(), NAME_MAX),
                limit(
                        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType,
                        TYPE_MAX),
                content);
        this.sizeBytes = content.length;
        this.sha256 = Sha256.hex(content);
        this.uploadedAt = Objects.requireNonNull(now);
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(text.length() - max);
    }

    public Long getId() {
        return id;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
