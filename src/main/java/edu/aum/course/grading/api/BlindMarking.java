package edu.aum.course.grading.api;

import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.entity.AssignmentGrading;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Whether an assignment's essays hide who wrote them (AssignmentGrading.hidesWhoWrote), and the code shown instead,
 * for the features above grading that name essays (the gradebook's ZIP of an assignment's essays).
 */
@Stateless
public class BlindMarking {

    @PersistenceContext
    EntityManager em;

    /** Whether an essay of this assignment in this state hides its writer: blind marking, and not yet released. */
    public boolean hidesWhoWrote(long assignmentId, SubmissionStatus essayStatus) {
        AssignmentGrading grading = em.find(AssignmentGrading.class, assignmentId);
        return grading != null && grading.hidesWhoWrote(essayStatus);
    }

    /** The code instructors see instead of the student under blind marking (Review.getCode). */
    public static String code(long submissionId) {
        return "E-" + Long.toString(submissionId * 7919 + 104729, 36).toUpperCase(Locale.ROOT);
    }
}
