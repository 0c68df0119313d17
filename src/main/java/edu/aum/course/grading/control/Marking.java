package edu.aum.course.grading.control;

import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.entity.AssignmentGrading;
import edu.aum.course.grading.entity.Rubric;
import java.util.List;

/**
 * What the marking page shows: the review, the text it marks, the rubric (null: none defined yet), the
 * assignment's pass mark and blind switch, whether identities are hidden, the earlier versions' reviews,
 * and the similarity report (null when nothing similar was found).
 */
public record Marking(
        Review review,
        SubmissionVersion version,
        Rubric rubric,
        AssignmentGrading settings,
        boolean hidden,
        List<Review> history,
        SimilarityReport similarity)
        implements java.io.Serializable {

    /** The essay and the most similar one side by side, shared passages marked. */
    public record SimilarityReport(double share, String code, String mineHtml, String otherHtml)
            implements java.io.Serializable {
        public int getPercent() {
            return (int) Math.round(share * 100);
        }

        public String getCode() {
            return code;
        }

        public String getMineHtml() {
            return mineHtml;
        }

        public String getOtherHtml() {
            return otherHtml;
        }
    }

    // getters for the page: Jakarta EL 5 does not read record components
    public Review getReview() {
        return review;
    }

    public SubmissionVersion getVersion() {
        return version;
    }

    public Rubric getRubric() {
        return rubric;
    }

    public AssignmentGrading getSettings() {
        return settings;
    }

    public boolean isHidden() {
        return hidden;
    }

    public List<Review> getHistory() {
        return history;
    }

    public SimilarityReport getSimilarity() {
        return similarity;
    }
}
