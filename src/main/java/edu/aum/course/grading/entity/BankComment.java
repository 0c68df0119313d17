package edu.aum.course.grading.entity;

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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A comment an instructor uses often, kept per course in their own comment bank, for one language or any. */
@Entity
@Table(name = "comment_bank")
@NamedQuery(
        name = BankComment.OF_OWNER,
        query = "SELECT b FROM BankComment b WHERE b.owner.id = :owner AND b.courseId = :course"
                + " ORDER BY b.language, b.id")
public class BankComment implements java.io.Serializable {

    public static final String OF_OWNER = "BankComment.ofOwner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private Account owner;

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private CommentLanguage language;

    @Lob
    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected BankComment() {
        // for JPA
    }

    public BankComment(Account owner, long courseId, CommentLanguage language, String text, Instant now) {
        this.owner = Objects.requireNonNull(owner);
        this.courseId = courseId;
        this.createdAt = Objects.requireNonNull(now);
        change(language, text);
    }

    /** New words or language; the text follows the inline comments' rule (InlineComment.checked). */
    public void change(CommentLanguage newLanguage, String newText) {
        this.language = newLanguage == null ? CommentLanguage.ANY : newLanguage;
        this.text = InlineComment.checked(newText);
    }

    public boolean isOwnedBy(long accountId) {
        return owner.getId() == accountId;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public CommentLanguage getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }

    public long getVersion() {
        return version;
    }
}
