package edu.aum.course.essay.api;

import java.math.BigDecimal;

/**
 * What a marker decided for a submitted essay: its score against the rubric and PASS or FAIL (grading's Review).
 * It is the only thing a submission is released with (Submission.release), so no essay is ever released without
 * a result to show; the database backs it (V17: the released submission names its review, with the same score
 * and result).
 */
public interface MarkedResult {

    /** The stored review's id. */
    Long getId();

    /** The essay it marks. */
    Submission getSubmission();

    /** The sum of the rubric's points; null until decided. */
    BigDecimal getScore();

    /** PASS or FAIL; null until decided. */
    SubmissionResult getResult();
}
