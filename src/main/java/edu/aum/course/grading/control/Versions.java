package edu.aum.course.grading.control;

import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.grading.api.Review;
import jakarta.persistence.EntityManager;

/** The submitted text a review marks (its submission's version of the same number). */
final class Versions {

    private Versions() {}

    static SubmissionVersion of(Review review) {
        return version(review.getSubmission(), review.getVersionNumber());
    }

    static SubmissionVersion version(Submission submission, int number) {
        return submission.getVersions().stream()
                .filter(v -> v.getNumber() == number)
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("no version " + number + " of submission " + submission.getId()));
    }

    static String html(EntityManager em, Review review) {
        return of(review).getHtml();
    }
}
