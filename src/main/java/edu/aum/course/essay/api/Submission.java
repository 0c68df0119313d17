package edu.aum.course.essay.api;

import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.EssayFile;
import edu.aum.course.essay.entity.Timing;
import edu.aum.course.essay.entity.WordBounds;
import edu.aum.course.platform.BusinessException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A student's essay for one assignment (one per enrollment and assignment, a unique key): the draft
 * they are writing and every version they submitted. Frozen once submitted, unless a revision is requested.
 */
@Entity
@Table(name = "submissions")
@NamedQuery(
        name = Submission.FIND,
        query = "SELECT s FROM Submission s" + " WHERE s.assignment.id = :assignment AND s.enrollment.id = :enrollment")
@NamedQuery(name = Submission.OF_ENROLLMENT, query = "SELECT s FROM Submission s WHERE s.enrollment.id = :enrollment")
public class Submission implements java.io.Serializable {

    public static final String FIND = "Submission.find";
    public static final String OF_ENROLLMENT = "Submission.ofEnrollment";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false)
    private Enrollment enrollment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SubmissionStatus status;

    /** Sanitized HTML the student is writing; empty until they save something. */
    @Lob
    @Column(name = "draft_html")
    private String draftHtml;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    /** The uploaded file the draft came from, until it is submitted with it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_file_id")
    private EssayFile draftFile;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<SubmissionVersion> versions = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The released score (sum of the rubric's points); empty until released. */
    @Column(precision = 7, scale = 2)
    private BigDecimal score;

    /** PASS or FAIL as released; empty until released. */
    @Enumerated(EnumType.STRING)
    @Column(length = 4)
    private SubmissionResult result;

    @Column(name = "released_at")
    private Instant releasedAt;

    /** The review (grading) it was released with; empty until released. */
    @Column(name = "released_review_id")
    private Long releasedReviewId;

    @Version
    private long version;

    protected Submission() {
        // for JPA
    }

    public Submission(Assignment assignment, Enrollment enrollment, Instant now) {
        this.assignment = Objects.requireNonNull(assignment);
        this.enrollment = Objects.requireNonNull(enrollment);
        this.status = SubmissionStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Keeps the text the student is writing; refused once the essay is submitted. */
    public void saveDraft(String sanitizedHtml, Instant now) {
        requireEditable();
        this.draftHtml = sanitizedHtml == null ? "" : sanitizedHtml;
        this.draftSavedAt = Objects.requireNonNull(now);
    }

    /** The text of an uploaded file becomes the draft; the file goes with the next submitted version. */
    public void draftFrom(EssayFile file, String sanitizedHtml, Instant now) {
        saveDraft(sanitizedHtml, now);
        this.draftFile = Objects.requireNonNull(file);
    }

    /**
     * Submits the text as a new version: refused when frozen (already submitted), before the opening,
     * after the (student's) cut-off (unless it answers a requested revision), or outside the word bounds;
     * late between due and cut-off.
     */
    public SubmissionVersion submit(
            String sanitizedHtml, int words, Deadlines deadlines, WordBounds bounds, Instant now) {
        if (!status.acceptsSubmissionAt(deadlines, now)) {
            requireEditable(); // refuses a frozen essay,
            deadlines.requireAccepting(now); // else one not open yet or past the cut-off
        }
        // a revision the marker asked for is never late (marking comes after the cut-off)
        boolean late = status != SubmissionStatus.REVISION_REQUESTED && deadlines.timingAt(now) == Timing.LATE;
        bounds.require(words);
        SubmissionStatus next = status.require(SubmissionStatus.SUBMITTED);
        SubmissionVersion submitted =
                new SubmissionVersion(this, versions.size() + 1, sanitizedHtml, words, late, draftFile, now);
        versions.add(submitted);
        this.draftHtml = sanitizedHtml;
        this.draftSavedAt = now;
        this.draftFile = null;
        this.status = next;
        return submitted;
    }

    /**
     * For the grading feature: moves to another state if the state machine allows it (SubmissionStatus); RELEASED
     * only through {@link #release}, with the marking to show.
     */
    public SubmissionStatus moveTo(SubmissionStatus next) {
        if (next == SubmissionStatus.RELEASED) {
            throw new BusinessException("submission.release.noResult");
        }
        SubmissionStatus from = status;
        this.status = status.require(next);
        return from;
    }

    /**
     * Releases the marked outcome to the student: READY_FOR_RELEASE → RELEASED (the state machine decides),
     * keeping the score and PASS or FAIL that certificates and partner reports read. Refused without a stored
     * marking of this essay that has both (submission.release.noResult): no released essay has nothing to show.
     */
    public SubmissionStatus release(MarkedResult marked, Instant now) {
        if (marked == null
                || marked.getId() == null
                || !isSameAs(marked.getSubmission())
                || marked.getScore() == null
                || marked.getResult() == null) {
            throw new BusinessException("submission.release.noResult");
        }
        SubmissionStatus from = status;
        this.status = status.require(SubmissionStatus.RELEASED);
        this.score = marked.getScore();
        this.result = marked.getResult();
        this.releasedReviewId = marked.getId();
        this.releasedAt = Objects.requireNonNull(now);
        return from;
    }

    private boolean isSameAs(Submission other) {
        return other == this || (other != null && id != null && id.equals(other.getId()));
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessException("submission.alreadySubmitted");
        }
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    public Optional<SubmissionVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public String getDraftHtml() {
        return draftHtml == null ? "" : draftHtml;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    public EssayFile getDraftFile() {
        return draftFile;
    }

    public List<SubmissionVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    /** The released score, empty before release. */
    public Optional<BigDecimal> getScore() {
        return Optional.ofNullable(score);
    }

    /** PASS or FAIL, empty before release. */
    public Optional<SubmissionResult> getResult() {
        return Optional.ofNullable(result);
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    /** The id of the review it was released with, empty before release. */
    public Optional<Long> getReleasedReviewId() {
        return Optional.ofNullable(releasedReviewId);
    }

    public long getVersion() {
        return version;
    }
}
