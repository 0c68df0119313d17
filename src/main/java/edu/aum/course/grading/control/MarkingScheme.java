package edu.aum.course.grading.control;

import edu.aum.course.grading.entity.Rubric;
import java.math.BigDecimal;

/**
 * How an assignment's essays are marked, as its students see it before they write: the rubric (its criteria, their
 * levels and points; null when the assignment has none) and the pass mark.
 */
public record MarkingScheme(Rubric rubric, BigDecimal passMark) implements java.io.Serializable {

    public boolean hasRubric() {
        return rubric != null && !rubric.getCriteria().isEmpty();
    }
}
