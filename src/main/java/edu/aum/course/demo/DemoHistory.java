package edu.aum.course.demo;

import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.CommentService;
import edu.aum.course.grading.control.MarkingService;
import edu.aum.course.grading.control.QueueService;
import edu.aum.course.grading.control.ReleaseService;
import edu.aum.course.grading.control.RubricService;
import edu.aum.course.grading.entity.Criterion;
import edu.aum.course.grading.entity.Passage;
import edu.aum.course.grading.entity.Rubric;
import edu.aum.course.platform.HistoryClock;
import edu.aum.course.platform.persistence.DatabaseFaults;
import edu.aum.course.university.api.HomeUniversity;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last year's history, made the way people made it: a student enrolls in the enrollment window and submits
 * before the cut-off, an instructor claims the essay, chooses a level per criterion of the rubric, writes the
 * feedback, decides and releases it, each through the product's own service at the moment it happened (the
 * clock moved into the past for the step, HistoryClock). So the demo holds no state that the product could not
 * reach: every released essay has its marking, and eligibility counts what the students see.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each service call is a transaction of its own
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());
    static final int STEP_TRIES = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    HistoryClock clock;

    @Inject
    EnrollmentService enrollments;

    @Inject
    SubmissionService submissions;

    @Inject
    QueueService queue;

    @Inject
    MarkingService marking;

    @Inject
    ReleaseService releases;

    @Inject
    RubricService rubrics;

    @Inject
    CommentService comments;

    /** The student enrolls themselves on the day after the offering's enrollment opened. */
    public Enrollment enroll(long studentId, Offering offering, HomeUniversity home, String studentNumber) {
        Instant day =
                offering.getSchedule().getOpensOn().plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
        return clock.at(day, () -> retried(() -> enrollments.enroll(studentId, offering.getId(), home, studentNumber)));
    }

    /** The student submits at that moment (the assignment's dates and word bounds apply); answers the queue's review. */
    public long submit(long studentId, long assignmentId, String html, Instant at) {
        SubmissionVersion version =
                clock.at(at, () -> retried(() -> submissions.submit(studentId, assignmentId, html, true)));
        return em.createNamedQuery(Review.LATEST_OF, Review.class)
                .setParameter("submission", version.getSubmission().getId())
                .getSingleResult()
                .getId();
    }

    /**
     * The instructor claims the essay and marks it at {@code markedAt}: a level per criterion of the rubric (0 is
     * the top level), the feedback, and the decision (score and PASS/FAIL by the pass mark); it is released to the
     * student at {@code releasedAt}.
     */
    public Review markAndRelease(
            long reviewId,
            long instructor,
            int[] levelIndexes,
            String feedbackHtml,
            Instant markedAt,
            Instant releasedAt) {
        return markAndRelease(reviewId, instructor, levelIndexes, feedbackHtml, List.of(), markedAt, releasedAt);
    }

    /** A passage of the essay (its words as the text shows them, tags left out) and the marker's comment on it. */
    public record Comment(String quote, String text) {}

    /** The same, the marker commenting on these passages of the essay once it is marked, before its release. */
    public Review markAndRelease(
            long reviewId,
            long instructor,
            int[] levelIndexes,
            String feedbackHtml,
            List<Comment> passages,
            Instant markedAt,
            Instant releasedAt) {
        clock.at(markedAt, () -> {
            Review review = retried(() -> queue.claim(instructor, reviewId));
            Map<Long, Long> levels = levels(review, levelIndexes);
            retried(() -> marking.readyForRelease(
                    instructor, reviewId, queue.get(instructor, reviewId).getVersion(), levels, feedbackHtml));
            String text = Passage.textOf(queue.get(instructor, reviewId)
                    .getSubmission()
                    .latest()
                    .orElseThrow()
                    .getHtml());
            passages.forEach(c -> {
                int start = text.indexOf(c.quote());
                retried(() -> comments.add(
                        instructor, reviewId, start, start + c.quote().length(), c.quote(), c.text()));
            });
        });
        return clock.at(releasedAt, () -> retried(() -> releases.release(instructor, reviewId)));
    }

    /**
     * The step (a transaction of its own) again when it lost a row lock to another transaction, e.g. to another
     * instance starting meanwhile: the history is made whole, never left with a class half enrolled or marked.
     */
    static <T> T retried(Supplier<T> step) {
        for (int tries = 1; ; tries++) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (!DatabaseFaults.lockConflict(e) || tries >= STEP_TRIES) {
                    throw e;
                }
                int lost = tries;
                LOG.log(Level.WARNING, e, () -> "Demo history: a step lost a row lock (" + lost + "); once more");
            }
        }
    }

    private Map<Long, Long> levels(Review review, int[] levelIndexes) {
        Rubric rubric =
                rubrics.rubricFor(review.getSubmission().getAssignment()).orElseThrow();
        List<Criterion> criteria = rubric.getCriteria();
        Map<Long, Long> levels = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            levels.put(
                    criteria.get(i).getId(),
                    criteria.get(i).getLevels().get(levelIndexes[i]).getId());
        }
        return levels;
    }
}
