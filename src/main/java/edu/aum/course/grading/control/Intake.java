package edu.aum.course.grading.control;

import edu.aum.course.essay.api.EssaySubmitted;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.grading.api.Review;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Every submitted version enters the marking queue as a new review (the previous version's review stays
 * as history), compared with the other essays of the same assignment for similarity.
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
        Review review = new Review(version, clock.instant());
        compare(review, version);
        em.persist(review);
    }

    /** Notes the other essay of the assignment that shares the most word shingles with this one. */
    private void compare(Review review, SubmissionVersion version) {
        Set<String> mine = Similarity.shinglesOfHtml(version.getHtml());
        List<Review> others = em.createQuery(
                        "SELECT r FROM Review r WHERE r.latest = TRUE"
                                + " AND r.submission.assignment.id = :assignment AND r.submission.id <> :submission",
                        Review.class)
                .setParameter(
                        "assignment", version.getSubmission().getAssignment().getId())
                .setParameter("submission", version.getSubmission().getId())
                .getResultList();
        double best = 0;
        Submission match = null;
        for (Review other : others) {
            String html = Versions.html(em, other);
            double share = Similarity.jaccard(mine, Similarity.shinglesOfHtml(html));
            if (share > best) {
                best = share;
                match = other.getSubmission();
            }
        }
        review.noteSimilarity(best, match);
    }
}
