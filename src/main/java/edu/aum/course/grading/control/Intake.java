package edu.aum.course.grading.control;

import edu.aum.course.essay.api.EssaySubmitted;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.grading.api.Review;
import edu.aum.course.platform.persistence.DatabaseFaults;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every submitted version enters the marking queue as a new review (the previous version's review stays
 * as history), inside the submission's transaction; after it has committed, it is compared with the other
 * essays of the same assignment for similarity (SimilarityObserver), and both essays of a similar pair
 * show each other.
 */
@Stateless
public class Intake {

    private static final Logger LOG = Logger.getLogger(Intake.class.getName());
    static final int NOTE_TRIES = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SimilarityNotes notes;

    public void onSubmitted(@Observes EssaySubmitted submitted) {
        SubmissionVersion version = em.find(SubmissionVersion.class, submitted.versionId());
        Submission submission = version.getSubmission();
        em.createNamedQuery(Review.LATEST_OF, Review.class)
                .setParameter("submission", submission.getId())
                .getResultList()
                .forEach(Review::supersede);
        em.persist(new Review(version, clock.instant()));
    }

    /** The comparison, on another thread (after the submission committed); each note it writes commits on its own. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void compareLater(EssaySubmitted submitted) {
        compare(submitted);
    }

    /**
     * Compares the submitted version with the latest version of every other essay of the assignment. The new
     * review notes the essay it shares most with; every other essay for which the new one is a closer match
     * than the one it has notes the new one (Similarity.isCloser). The scores are written by conditional
     * updates (SimilarityNotes) that leave the reviews' versions alone, so a marker at work is not told someone
     * changed it. Each note is a transaction of its own: the comparison never holds one essay's row while it waits
     * for another's, so it cannot deadlock with a marker who releases the new essay meanwhile (a release holds the
     * review and then needs the submission, whose key the other essays' notes name).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
        Map<Long, SimilarityNotes.Note> found = new TreeMap<>();
        double best = 0;
        Submission match = null;
        for (Review other : others) {
            double share = Similarity.jaccard(shingles, Similarity.shinglesOfHtml(Versions.html(em, other)));
            if (share > best) {
                best = share;
                match = other.getSubmission();
            }
            if (Similarity.isCloser(share, other.getSimilarity())) {
                found.put(other.getId(), new SimilarityNotes.Note(share, submission.getId()));
            }
        }
        found.put(mine.get().getId(), new SimilarityNotes.Note(best, match == null ? null : match.getId()));
        found.forEach(this::write);
    }

    /**
     * Writes a note in a transaction of its own (SimilarityNotes), again when it lost its row to another
     * transaction (a marker's is short); a note is advisory, so after a few tries it is left, with a warning.
     */
    private void write(long reviewId, SimilarityNotes.Note note) {
        for (int tries = 1; ; tries++) {
            try {
                notes.note(reviewId, note);
                return;
            } catch (RuntimeException e) {
                if (!DatabaseFaults.lockConflict(e)) {
                    throw e;
                }
                if (tries >= NOTE_TRIES) {
                    LOG.log(
                            Level.WARNING,
                            e,
                            () -> "Similarity of review " + reviewId + " not noted: its row stayed locked");
                    return;
                }
            }
        }
    }
}
