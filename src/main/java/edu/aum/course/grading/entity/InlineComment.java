package edu.aum.course.grading.entity;

import edu.aum.course.account.api.Account;
import edu.aum.course.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * A marker's comment on a passage of the submitted version that a review marks (one review per version, so the
 * comments are kept per version). Whether it may still change, and who sees it, the review decides: changed until
 * the review is released, seen by the student only from then on (CommentService).
 */
@Entity
@Table(name = "inline_comments")
@NamedQuery(
        name = InlineComment.OF_REVIEW,
        query = "SELECT c FROM InlineComment c WHERE c.reviewId = :review ORDER BY c.startOffset, c.id")
public class InlineComment implements java.io.Serializable {

    public static final String OF_REVIEW = "InlineComment.ofReview";
    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private Long reviewId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @Column(nullable = false, length = Passage.QUOTE_MAX)
    private String quote;

    @Lob
    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected InlineComment() {
        // for JPA
    }

    public InlineComment(long reviewId, Account author, Passage passage, String text, Instant now) {
        this.reviewId = reviewId;
        this.author = Objects.requireNonNull(author);
        this.startOffset = passage.start();
        this.endOffset = passage.end();
        this.quote = passage.quote();
        this.text = checked(text);
        this.createdAt = Objects.requireNonNull(now);
    }

    public void edit(String newText, Instant now) {
        this.text = checked(newText);
        this.editedAt = Objects.requireNonNull(now);
    }

    /** A comment's text: not blank, at most TEXT_MAX characters, without the spaces around it. */
    public static String checked(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("grading.comment.textRequired");
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new BusinessException("grading.comment.textTooLong", TEXT_MAX);
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public Account getAuthor() {
        return author;
    }

    public int getStart() {
        return startOffset;
    }

    public int getEnd() {
        return endOffset;
    }

    public String getQuote() {
        return quote;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public long getVersion() {
        return version;
    }
}
