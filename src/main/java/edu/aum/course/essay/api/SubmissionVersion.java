package edu.aum.course.essay.api;

import edu.aum.course.essay.entity.EssayFile;
import edu.aum.course.platform.text.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One submitted text of a submission, kept for good: number, sanitized HTML, its word count and SHA-256. */
@Entity
@Table(name = "submission_versions")
public class SubmissionVersion implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false)
    private Submission submission;

    /** 1, 2, ...: a resubmission after a requested revision adds the next one. */
    @Column(name = "version_number", nullable = false)
    private int number;

    @Lob
    @Column(nullable = false)
    private String html;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    /** Of the HTML as UTF-8. */
    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private boolean late;

    /** The uploaded file the text came from, if it was uploaded. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private EssayFile file;

    protected SubmissionVersion() {
        // for JPA
    }

    SubmissionVersion(
            Submission submission, int number, String html, int wordCount, boolean late, EssayFile file, Instant now) {
        this.submission = Objects.requireNonNull(submission);
        this.number = number;
        this.html = Objects.requireNonNull(html);
        this.wordCount = wordCount;
        this.sha256 = Sha256.hex(html);
        this.late = late;
        this.file = file;
        this.submittedAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public Submission getSubmission() {
        return submission;
    }

    public int getNumber() {
        return number;
    }

    public String getHtml() {
        return html;
    }

    public int getWordCount() {
        return wordCount;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isLate() {
        return late;
    }

    public EssayFile getFile() {
        return file;
    }
}
