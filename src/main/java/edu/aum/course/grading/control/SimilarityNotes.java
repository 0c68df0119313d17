package edu.aum.course.grading.control;

import edu.aum.course.grading.api.Review;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * The similarity comparison's writes (Intake.compare): one review's closer match per transaction, so that the
 * background comparison holds at most one review's row at a time and a marker's transaction never waits in a
 * cycle with it (Intake writes each note again when it lost its row to another transaction).
 */
@Stateless
public class SimilarityNotes {

    /** A share of shingles with another submission (none when the essay is alone in its assignment). */
    public record Note(double share, Long otherSubmissionId) {}

    @PersistenceContext
    EntityManager em;

    /**
     * Notes a closer match (a share above the one noted, or the first comparison's result) in SQL, not JPQL:
     * EclipseLink's bulk update would raise the review's version, and a marker's save would then fail as a
     * concurrent edit. Reviews are not in the shared cache (shared-cache-mode ENABLE_SELECTIVE), so none goes stale.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void note(long reviewId, Note note) {
        BigDecimal share = Review.share(note.share());
        String set = note.otherSubmissionId() == null ? "similar_submission_id = NULL" : "similar_submission_id = ?3";
        var update = em.createNativeQuery("UPDATE reviews SET similarity = ?1, " + set
                        + " WHERE id = ?2 AND (similarity IS NULL OR similarity < ?1)")
                .setParameter(1, share)
                .setParameter(2, reviewId);
        if (note.otherSubmissionId() != null) {
            update.setParameter(3, note.otherSubmissionId());
        }
        update.executeUpdate();
    }
}
