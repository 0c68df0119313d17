package edu.aum.course.grading.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.essay.api.EssayHtml;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.entity.AssignmentGrading;
import edu.aum.course.grading.entity.Rubric;
import edu.aum.course.notification.api.Outbox;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.platform.config.Settings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Marking one essay: the rubric's levels and the feedback are saved (the essay stays in marking), then
 * it is either ready for release (score and PASS/FAIL fixed) or sent back for a revision. The form
 * carries the review's version: a save on top of someone else's is refused, never silently applied.
 */
@Stateless
public class MarkingService {

    public static final String REVISION_MAIL = "grading.revision";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    QueueService queue;

    @Inject
    RubricService rubrics;

    @Inject
    SubmissionService submissions;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Settings settings;

    /**
     * The marking page of a review, for staff of its offering; identities hidden under blind marking until
     * release. Empty for an unknown review and for another offering's alike.
     */
    public Optional<Marking> find(long actorId, long reviewId) {
        return queue.find(actorId, reviewId).map(r -> open(actorId, r.getId()));
    }

    /** As find, refused as not found when empty. */
    public Marking open(long actorId, long reviewId) {
        Staff.staff(em, actorId);
        Review review = queue.get(actorId, reviewId);
        Submission submission = review.getSubmission();
        AssignmentGrading grading = rubrics.settings(submission.getAssignment().getId());
        boolean hidden = grading.hidesWhoWrote(submission.getStatus());
        List<Review> history = em
                .createNamedQuery(Review.HISTORY_OF, Review.class)
                .setParameter("submission", submission.getId())
                .getResultList()
                .stream()
                .filter(r -> !r.getId().equals(reviewId))
                .toList();
        SubmissionVersion version = Versions.of(review);
        return new Marking(
                review,
                version,
                rubrics.rubricFor(submission.getAssignment()).orElse(null),
                grading,
                hidden,
                history,
                similarity(review, version));
    }

    private Marking.SimilarityReport similarity(Review review, SubmissionVersion version) {
        if (review.getSimilarTo() == null
                || review.getSimilarity() == null
                || review.getSimilarity().signum() == 0) {
            return null;
        }
        Submission other = review.getSimilarTo();
        String otherHtml = other.latest().map(SubmissionVersion::getHtml).orElse("");
        String code = em.createNamedQuery(Review.LATEST_OF, Review.class)
                .setParameter("submission", other.getId())
                .getResultStream()
                .findFirst()
                .map(Review::getCode)
                .orElse("");
        return new Marking.SimilarityReport(
                review.getSimilarity().doubleValue(),
                code,
                Similarity.highlight(version.getHtml(), Similarity.shinglesOfHtml(otherHtml)),
                Similarity.highlight(otherHtml, Similarity.shinglesOfHtml(version.getHtml())));
    }

    /** Keeps the chosen levels and the (sanitized) feedback; the essay stays in marking. */
    public Review save(long actorId, long reviewId, long loadedVersion, Map<Long, Long> levels, String feedbackHtml) {
        Review review = editable(actorId, reviewId, loadedVersion);
        review.mark(levels, EssayHtml.sanitize(feedbackHtml == null ? "" : feedbackHtml), clock.instant());
        em.flush(); // a concurrent save fails here with the version check, not silently
        audit.record(actorId, QueueService.SUBJECT, reviewId, "SAVE", null, null, levels.size() + " levels");
        return review;
    }

    /** Saves, then fixes the score (sum of the levels) and PASS/FAIL by the pass mark: ready for release. */
    public Review readyForRelease(
            long actorId, long reviewId, long loadedVersion, Map<Long, Long> levels, String feedbackHtml) {
        Review review = save(actorId, reviewId, loadedVersion, levels, feedbackHtml);
        Submission submission = review.getSubmission();
        Rubric rubric = rubrics.rubricFor(submission.getAssignment())
                .orElseThrow(() -> new BusinessException("grading.noRubric"));
        BigDecimal score = rubric.score(review.getLevels());
        AssignmentGrading grading = rubrics.settings(submission.getAssignment().getId());
        review.decide(score, grading.resultOf(score), clock.instant());
        submissions.transition(
                actorId,
                submission.getId(),
                SubmissionStatus.READY_FOR_RELEASE,
                "score " + score.stripTrailingZeros().toPlainString() + ", " + review.getResult());
        return review;
    }

    /** Saves, then sends the essay back to the student with what to improve; they are told by mail. */
    public Review requestRevision(
            long actorId, long reviewId, long loadedVersion, Map<Long, Long> levels, String feedbackHtml, String note) {
        Review review = save(actorId, reviewId, loadedVersion, levels, feedbackHtml);
        review.askForRevision(note, clock.instant());
        Submission submission = submissions.transition(
                actorId,
                review.getSubmission().getId(),
                SubmissionStatus.REVISION_REQUESTED,
                "revision of version " + review.getVersionNumber());
        Account student = submission.getEnrollment().getStudent();
        var language = student.getPreferredLanguage();
        outbox.queue(
                student.getEmail(),
                student.getFullName(),
                language,
                REVISION_MAIL,
                submission.getAssignment().title(language),
                review.getRevisionNote(),
                settings.publicBaseUrl() + "/student/essay.xhtml?assignment="
                        + submission.getAssignment().getId(),
                submission.getEnrollment().getOffering().getCourse().title(language));
        return review;
    }

    /** An admin sees who wrote a blind-marked essay; written to the audit log. */
    public edu.aum.course.enrollment.api.Enrollment reveal(long adminId, long reviewId) {
        Staff.admin(em, adminId);
        Review review = queue.get(adminId, reviewId);
        audit.record(adminId, QueueService.SUBJECT, reviewId, "REVEAL_IDENTITY", null, null, review.getCode());
        return review.getSubmission().getEnrollment();
    }

    private Review editable(long actorId, long reviewId, long loadedVersion) {
        Review review = queue.get(actorId, reviewId);
        Staff.marker(em, actorId, review);
        QueueService.requireVersion(review, loadedVersion);
        if (!review.isInMarking()) {
            throw new BusinessException("grading.alreadyDecided");
        }
        return review;
    }
}
