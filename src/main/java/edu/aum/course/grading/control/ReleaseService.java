package edu.aum.course.grading.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.entity.InlineComment;
import edu.aum.course.grading.entity.ReviewOutcome;
import edu.aum.course.grading.entity.Rubric;
import edu.aum.course.notification.api.Outbox;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.platform.config.Settings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Release of marked essays to their students, one by one or all of an assignment that are ready, and
 * what a student then sees. Nothing of a marking is shown to a student before its release; a requested
 * revision shows its note.
 */
@Stateless
public class ReleaseService {

    public static final String RELEASED_MAIL = "grading.released";

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
    AssignmentService assignments;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Settings settings;

    /** Releases one marked essay: READY_FOR_RELEASE → RELEASED with its score and result; the student is told. */
    public Review release(long actorId, long reviewId) {
        Staff.staff(em, actorId);
        Review review = queue.get(actorId, reviewId);
        em.flush(); // the decision is written first: the released essay's row names it (V17's foreign key)
        SubmissionStatus from = review.release(clock.instant());
        Submission submission = review.getSubmission();
        audit.transition(
                actorId,
                SubmissionService.SUBJECT,
                submission.getId(),
                from,
                submission.getStatus(),
                "released: " + review.getScore().stripTrailingZeros().toPlainString() + ", " + review.getResult());
        mail(submission, review);
        return review;
    }

    /** Releases every essay of the assignment (of an offering the actor works on) that is ready; answers how many. */
    public int releaseAll(long actorId, long assignmentId) {
        Staff.staff(em, actorId);
        assignments.get(actorId, assignmentId);
        List<Long> ready = em.createQuery(
                        "SELECT r.id FROM Review r WHERE r.latest = TRUE"
                                + " AND r.submission.assignment.id = :assignment AND r.submission.status = :ready ORDER BY r.id",
                        Long.class)
                .setParameter("assignment", assignmentId)
                .setParameter("ready", SubmissionStatus.READY_FOR_RELEASE)
                .getResultList();
        ready.forEach(id -> release(actorId, id));
        return ready.size();
    }

    private void mail(Submission submission, Review review) {
        Account student = submission.getEnrollment().getStudent();
        var language = student.getPreferredLanguage();
        Rubric rubric = rubrics.rubricFor(submission.getAssignment()).orElse(null);
        outbox.queue(
                student.getEmail(),
                student.getFullName(),
                language,
                RELEASED_MAIL,
                submission.getAssignment().title(language),
                review.getScore().stripTrailingZeros().toPlainString(),
                rubric == null ? "" : rubric.maxPoints().stripTrailingZeros().toPlainString(),
                review.getResult() == edu.aum.course.essay.api.SubmissionResult.PASS ? 1 : 0,
                settings.publicBaseUrl() + "/student/essay.xhtml?assignment="
                        + submission.getAssignment().getId(),
                submission.getEnrollment().getOffering().getCourse().title(language));
    }

    /**
     * What the student sees of the marking of their essay: the released review with its rubric, or the
     * note of a requested revision; empty before either.
     */
    /**
     * How the student's essay for this assignment will be marked (the rubric and the pass mark), shown on the
     * assignment before they write; BusinessException when the assignment is not one of theirs.
     */
    public MarkingScheme schemeForStudent(long studentId, long assignmentId) {
        var assignment = submissions.open(studentId, assignmentId).assignment();
        return new MarkingScheme(
                rubrics.rubricFor(assignment).orElse(null),
                rubrics.settings(assignment.getId()).getPassMark());
    }

    public Optional<StudentResult> forStudent(long studentId, long assignmentId) {
        Optional<Submission> found = submissions.open(studentId, assignmentId).submission();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Submission submission = found.get();
        List<Review> history = em.createNamedQuery(Review.HISTORY_OF, Review.class)
                .setParameter("submission", submission.getId())
                .getResultList();
        List<Review> revisions = history.stream()
                .filter(r -> r.getOutcome() == ReviewOutcome.REVISION)
                .toList();
        Review released =
                history.stream().filter(Review::isReleased).findFirst().orElse(null);
        if (released == null && revisions.isEmpty()) {
            return Optional.empty();
        }
        Rubric rubric = released == null
                ? null
                : rubrics.rubricFor(submission.getAssignment()).orElse(null);
        List<InlineComment> shown = released == null
                ? List.of()
                : em.createNamedQuery(InlineComment.OF_REVIEW, InlineComment.class)
                        .setParameter("review", released.getId())
                        .getResultList();
        return Optional.of(new StudentResult(submission, released, rubric, revisions, shown));
    }
}
