package edu.aum.course.grading.control;

import edu.aum.course.essay.api.Submission;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.entity.Criterion;
import edu.aum.course.grading.entity.InlineComment;
import edu.aum.course.grading.entity.Level;
import edu.aum.course.grading.entity.Rubric;
import java.util.List;

/**
 * A student's view of the marking of their essay: the released review (null before release) with the
 * level reached per criterion, its inline comments (none before release), and the notes of the revisions asked
 * for (newest first).
 */
public record StudentResult(
        Submission submission, Review released, Rubric rubric, List<Review> revisions, List<InlineComment> comments)
        implements java.io.Serializable {

    /** A criterion and the level the essay reached in it. */
    public record Line(Criterion criterion, Level level) {
        public Criterion getCriterion() {
            return criterion;
        }

        public Level getLevel() {
            return level;
        }
    }

    public List<Line> getLines() {
        if (released == null || rubric == null) {
            return List.of();
        }
        return rubric.getCriteria().stream()
                .map(c ->
                        new Line(c, c.level(released.getLevels().get(c.getId())).orElse(null)))
                .toList();
    }

    public Submission getSubmission() {
        return submission;
    }

    public Review getReleased() {
        return released;
    }

    public Rubric getRubric() {
        return rubric;
    }

    /** The released review's inline comments, in the essay's order. */
    public List<InlineComment> getComments() {
        return comments;
    }

    public List<Review> getRevisions() {
        return revisions;
    }

    /** The request the student has to answer now, if the essay is back with them. */
    public Review getOpenRevision() {
        return submission.isEditable()
                        && !revisions.isEmpty()
                        && revisions.get(0).isLatest()
                ? revisions.get(0)
                : null;
    }
}
