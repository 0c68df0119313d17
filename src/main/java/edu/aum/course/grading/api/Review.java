package edu.aum.course.grading.api;

import edu.aum.course.account.api.Account;
import edu.aum.course.essay.api.MarkedResult;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.grading.entity.ReviewOutcome;
import edu.aum.course.platform.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The marking of one submitted version of an essay: who marks it, the level chosen per criterion, the
 * feedback, and the decision (marked, or a revision asked for with a note). The review of a submission's
 * newest version is the latest; the older ones stay as its history. The essay's state itself lives on
 * the submission (SubmissionStatus), moved by the grading services.
 */
@Entity
@Table(name = "reviews")
@NamedQuery(
        name = Review.LATEST_OF,
        query = "SELECT r FROM Review r WHERE r.submission.id = :submission AND r.latest = TRUE")
@NamedQuery(
        name = Review.HISTORY_OF,
        query = "SELECT r FROM Review r WHERE r.submission.id = :submission" + " ORDER BY r.versionNumber DESC")
@NamedQuery(
        name = Review.CLAIM,
        query = "UPDATE Review r SET r.marker = :marker, r.claimedAt = :now,"
                + " r.version = r.version + 1 WHERE r.id = :id AND r.marker IS NULL AND r.latest = TRUE")
public class Review implements java.io.Serializable, MarkedResult {

    public static final String LATEST_OF = "Review.latestOf";
    public static final String HISTORY_OF = "Review.historyOf";
    /** The atomic claim: only an unclaimed latest review is taken; the row lock makes a second claim find it taken. */
    public static final String CLAIM = "Review.claim";

    public static final int NOTE_MAX = 4000;
    /** The essay's states while a review waits for its marker or is being marked. */
    public static final Set<SubmissionStatus> TO_BE_MARKED =
            Set.of(SubmissionStatus.SUBMITTED, SubmissionStatus.IN_MARKING);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false)
    private Submission submission;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false)
    private boolean latest;

    /**
     * Whether it waits in the marking queue (its essay SUBMITTED, IN_MARKING or READY_FOR_RELEASE, as the newest
     * version's): from its creation until it is released, sent back for revision or superseded. Kept here, beside
     * the queue's order, so that a page of the queue reads one index in that order (ix_reviews_queued) rather than
     * every latest review joined to its essay and sorted.
     */
    @Column(nullable = false)
    private boolean queued;

    /**
     * The offering of its essay's assignment, which never changes: beside {@link #queued}, so that the queue's count
     * reads one index (ix_reviews_queued_offering) rather than every waiting review joined to its essay and
     * assignment (1.1 s at 250,000 waiting).
     */
    @Column(name = "offering_id", nullable = false, updatable = false)
    private Long offeringId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(nullable = false)
    private boolean late;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "marker_id")
    private Account marker;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_levels", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "level_id")
    private Map<Long, Long> levels = new HashMap<>();

    /** Sanitized HTML (EssayHtml). */
    @Lob
    @Column(name = "feedback_html")
    private String feedbackHtml;

    @Column(name = "revision_note", length = NOTE_MAX)
    private String revisionNote;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ReviewOutcome outcome;

    @Column(precision = 7, scale = 2)
    private BigDecimal score;

    @Enumerated(EnumType.STRING)
    @Column(length = 4)
    private SubmissionResult result;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The highest share of word shingles with another essay of the assignment (0 to 1); null until compared (Intake). */
    @Column(precision = 5, scale = 4)
    private BigDecimal similarity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "similar_submission_id")
    private Submission similarTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Review() {
        // for JPA
    }

    public Review(SubmissionVersion submitted, Instant now) {
        this.submission = Objects.requireNonNull(submitted.getSubmission());
        this.versionNumber = submitted.getNumber();
        this.submittedAt = submitted.getSubmittedAt();
        this.wordCount = submitted.getWordCount();
        this.late = submitted.isLate();
        this.latest = true;
        this.queued = true;
        this.offeringId = submission.getAssignment().getOffering().getId();
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A newer version arrived: this one stays as history. */
    public void supersede() {
        this.latest = false;
        this.queued = false;
    }

    /** By an admin (allocation): the review goes to that marker, whoever had it. */
    public void allocateTo(Account newMarker, Instant now) {
        requireUndecided();
        this.marker = Objects.requireNonNull(newMarker);
        this.claimedAt = now;
    }

    /** Back to the queue (the marks made so far stay). */
    public void unclaim() {
        requireUndecided();
        this.marker = null;
        this.claimedAt = null;
    }

    /** Keeps the levels and the feedback; the essay stays in marking. */
    public void mark(Map<Long, Long> chosen, String sanitizedFeedback, Instant now) {
        requireUndecided();
        this.levels.clear();
        chosen.forEach((criterion, level) -> {
            if (criterion != null && level != null) {
                levels.put(criterion, level);
            }
        });
        this.feedbackHtml = sanitizedFeedback;
        this.savedAt = Objects.requireNonNull(now);
    }

    /** The marking is complete: the score and PASS/FAIL are fixed for release. */
    public void decide(BigDecimal total, SubmissionResult passOrFail, Instant now) {
        requireUndecided();
        this.score = Objects.requireNonNull(total);
        this.result = Objects.requireNonNull(passOrFail);
        this.outcome = ReviewOutcome.MARKED;
        this.decidedAt = now;
    }

    /** The student is asked to improve the essay and submit it again. */
    public void askForRevision(String note, Instant now) {
        requireUndecided();
        if (note == null || note.isBlank()) {
            throw new BusinessException("grading.revision.noteRequired");
        }
        if (note.strip().length() > NOTE_MAX) {
            throw new BusinessException("grading.revision.noteTooLong", NOTE_MAX);
        }
        this.revisionNote = note.strip();
        this.outcome = ReviewOutcome.REVISION;
        this.queued = false;
        this.decidedAt = now;
    }

    /**
     * Releases this marking to the student: its essay becomes RELEASED with this score and result (and names this
     * review), so what the student is shown and what eligibility counts are one and the same. Refused unless it
     * is releasable (the newest version, marked, its essay ready for release).
     */
    public SubmissionStatus release(Instant now) {
        if (!isReleasable()) {
            throw new BusinessException("grading.release.notReady");
        }
        SubmissionStatus released = submission.release(this, now);
        this.queued = false;
        return released;
    }

    /** Whether it is the marking its essay was released with (what the student sees). */
    public boolean isReleased() {
        return submission.getReleasedReviewId().map(id::equals).orElse(false);
    }

    /** A share of word shingles (0 to 1) as a similarity is stored: four decimals. */
    public static BigDecimal share(double share) {
        return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
    }

    private void requireUndecided() {
        if (!isOpen()) {
            throw new BusinessException("grading.alreadyDecided");
        }
    }

    /** The newest version's review, not decided yet: its marker may still change and give it back. */
    private boolean isOpen() {
        return latest && !isDecided();
    }

    public boolean isQueued() {
        return queued;
    }

    public boolean isDecided() {
        return outcome != null;
    }

    public boolean isMarkedBy(Long accountId) {
        return marker != null && marker.getId().equals(accountId);
    }

    /** Whether this person acts as its marker: someone claimed it, and it is them or they are an admin. */
    public boolean isHandledBy(long accountId, boolean admin) {
        return marker != null && (admin || isMarkedBy(accountId));
    }

    /** Still to be marked: open, its essay submitted or in marking (what allocation hands out). */
    public boolean isToBeMarked() {
        return isOpen() && TO_BE_MARKED.contains(submission.getStatus());
    }

    /** Whether a marker may take it: nobody has, and it is still to be marked. */
    public boolean isClaimable() {
        return marker == null && isToBeMarked();
    }

    /** Whether its levels and feedback may be saved and decided: open, and its essay in marking. */
    public boolean isInMarking() {
        return isOpen() && submission.getStatus() == SubmissionStatus.IN_MARKING;
    }

    /** Whether this person may change the marking now: they act as its marker, and it is in marking. */
    public boolean isEditableBy(long accountId, boolean admin) {
        return isHandledBy(accountId, admin) && isInMarking();
    }

    /**
     * Whether its inline comments may still change: the newest version's review, marked or being marked (not sent
     * back for a revision), and not released yet.
     */
    public boolean isCommentable() {
        SubmissionStatus status = submission.getStatus();
        return latest
                && outcome != ReviewOutcome.REVISION
                && (status == SubmissionStatus.IN_MARKING || status == SubmissionStatus.READY_FOR_RELEASE);
    }

    /** Whether this person may comment on its essay now: they act as its marker, and it is commentable. */
    public boolean isCommentableBy(long accountId, boolean admin) {
        return isHandledBy(accountId, admin) && isCommentable();
    }

    /** Whether this person may give it back to the queue: they act as its marker, and it is still open. */
    public boolean isUnclaimableBy(long accountId, boolean admin) {
        return isHandledBy(accountId, admin) && isOpen();
    }

    /** Whether it can be released: the newest version, marked, and its essay may become RELEASED. */
    public boolean isReleasable() {
        return latest
                && outcome == ReviewOutcome.MARKED
                && submission.getStatus().canBecome(SubmissionStatus.RELEASED);
    }

    /** The code instructors see instead of the student under blind marking. */
    public String getCode() {
        return BlindMarking.code(submission.getId());
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Submission getSubmission() {
        return submission;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public boolean isLatest() {
        return latest;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getWordCount() {
        return wordCount;
    }

    public boolean isLate() {
        return late;
    }

    public Account getMarker() {
        return marker;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Map<Long, Long> getLevels() {
        return Map.copyOf(levels);
    }

    public String getFeedbackHtml() {
        return feedbackHtml == null ? "" : feedbackHtml;
    }

    public String getRevisionNote() {
        return revisionNote;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    @Override
    public BigDecimal getScore() {
        return score;
    }

    @Override
    public SubmissionResult getResult() {
        return result;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public BigDecimal getSimilarity() {
        return similarity;
    }

    public Submission getSimilarTo() {
        return similarTo;
    }

    public long getVersion() {
        return version;
    }
}
