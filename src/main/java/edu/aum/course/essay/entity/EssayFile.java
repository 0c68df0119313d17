package edu.aum.course.essay.entity;

import edu.aum.course.platform.text.Sha256;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A file a student uploaded instead of typing, kept as it came (files live in the database). */
@Entity
@Table(name = "essay_files")
public class EssayFile {

    public static final int NAME_MAX = 255;
    public static final int TYPE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = TYPE_MAX)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected EssayFile() {
        // for JPA
    }

    public EssayFile(String fileName, String contentType, byte[] content, Instant now) {
        this.fileName = limit(Objects.requireNonNull(fileName).strip(), NAME_MAX);
        this.contentType = limit(contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType, TYPE_MAX);
        this.content = content.clone();
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

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
