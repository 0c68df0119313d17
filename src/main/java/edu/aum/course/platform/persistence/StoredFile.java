package edu.aum.course.platform.persistence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * A file kept in the database as it was given: its name, media type and bytes, never changed. The
 * bytes are read from the database only when asked for, so that showing a file's name costs no blob.
 * A mapped superclass rather than an embeddable because EclipseLink loads a lazy basic inside an
 * embeddable eagerly.
 */
@MappedSuperclass
public abstract class StoredFile implements java.io.Serializable {

    public static final int NAME_MAX = 255;
    public static final int TYPE_MAX = 100;

    @Column(name = "file_name", nullable = false, length = NAME_MAX, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = TYPE_MAX, updatable = false)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected StoredFile() {
        // for JPA
    }

    protected StoredFile(String fileName, String contentType, byte[] content) {
        this.fileName = fitting(fileName, NAME_MAX, "file name");
        this.contentType = fitting(contentType, TYPE_MAX, "content type");
        this.content = Objects.requireNonNull(content).clone();
    }

    private static String fitting(String text, int max, String what) {
        if (Objects.requireNonNull(text, what).length() > max) {
            throw new IllegalArgumentException("A " + what + " of more than " + max + " characters");
        }
        return text;
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

    /** The number of bytes (it reads them, unlike a size stored beside them). */
    protected int contentLength() {
        return content.length;
    }
}
