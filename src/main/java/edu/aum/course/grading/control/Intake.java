package edu.aum.course.grading.control;

import edu.aum.course.essay.api.EssaySubmitted;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.grading.api.Review;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every submitted version enters the marking queue as a new review (the previous version's review stays
 * as history), inside the submission's transaction; after it has committed, it is compared with the other
 * essays of the same assignment for similarity (SimilarityObserver), and both essays of a similar pair
 * show each other.
 */
@Stateless
public class Intake {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void onSubmitted(@Observes EssaySubmitted submitted) {
        SubmissionVersion version = em.find(SubmissionVersion.class, submitted.versionId());
        Submission submission = version.getSubmission();
        em.createNamedQuery(Review.LATEST_OF, Review.class)
                .setParameter("submission", submission.getId())
                .getResultList()
                .forEach(Review::supersede);
        em.persist(new Review(version, clock.instant()));
    }

    /** The comparison, on another thread in its own transaction (after the submission committed). */
    @Asynchronous
    public void compareLater(EssaySubmitted submitted) {
        compare(submitted);
    }

    /**
     * Compares the submitted version with the latest version of every other essay of the assignment. The new
     * review notes the essay it shares most with; every other essay for which the new one is a closer match
     * than the one it has notes the new one (Similarity.isCloser). The scores are written by conditional
     * updates (note) that leave the reviews' versions alone, so a marker at work is not told someone changed it.
     */
    public void compare(EssaySubmitted submitted) {
        SubmissionVersion version = em.find(SubmissionVersion.class, submitted.versionId());
        if (version == null) {
            return;
        }
        Submission submission = version.getSubmission();
        Optional<Review> mine = em.createNamedQuery(Review.LATEST_OF, Review.class)
                .setParameter("submission", submission.getId())
                .getResultStream()
                .filter(r -> r.getVersionNumber() == version.getNumber())
                .findFirst();
        if (mine.isEmpty()) {
            return; // a newer version arrived meanwhile: its own comparison counts
        }
        Set<String> shingles = Similarity.shinglesOfHtml(version.getHtml());
        List<Review> others = em.createQuery(
                        "SELECT r FROM Review r WHERE r.latest = TRUE"
                                + " AND r.submission.assignment.id = :assignment AND r.submission.id <> :submission",
                        Review.class)
                .setParameter("assignment", submission.getAssignment().getId())
                .setParameter("submission", submission.getId())
                .getResultList();
        Map<Long, Note> notes = new TreeMap<>(); // written in id order: two comparisons at once never deadlock
        double best = 0;
        Submission match = null;
        for (Review other : others) {
            double share = Similarity.jaccard(shingles, Similarity.shinglesOfHtml(Versions.html(em, other)));
            if (share > best) {
                best = share;
                match = other.getSubmission();
            }
            if (Similarity.isCloser(share, other.getSimilarity())) {
                notes.put(other.getId(), new Note(share, submission));
            }
        }
        notes.put(mine.get().getId(), new Note(best, match));
        notes.forEach(this::note);
    }

    /**
     * Notes a closer match (a share above the one noted, or the first comparison's result) in SQL, not JPQL:
     * EclipseLink's bulk update would raise the review's version, and a marker's save would then fail as a
     * concurrent edit. Reviews are not in the shared cache (shared-cache-mode ENABLE_SELECTIVE), so none goes stale.
     */
    private void note(long reviewId, Note note) {
        BigDecimal share = Review.share(note.share());
        String set = note.other() == null ? "similar_submission_id = NULL" : "similar_submission_id = ?3";
        var update = em.createNativeQuery("UPDATE reviews SET similarity = ?1, " + set
                        + " WHERE id = ?2 AND (similarity IS NULL OR similarity < ?1)")
                .setParameter(1, share)
                .setParameter(2, reviewId);
        if (note.other() != null) {
            update.setParameter(3, note.other().getId());
        }
        update.executeUpdate();
    }

    private record Note(double share, Submission other) {}
}
