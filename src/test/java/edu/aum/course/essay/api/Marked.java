package edu.aum.course.essay.api;

import java.math.BigDecimal;

/** A stored marking of an essay, as grading's Review hands it to Submission.release (for the plain tests). */
public record Marked(Long id, Submission submission, BigDecimal score, SubmissionResult result)
        implements MarkedResult {

    public static Marked of(Submission submission, String score, SubmissionResult result) {
        return new Marked(1L, submission, new BigDecimal(score), result);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Submission getSubmission() {
        return submission;
    }

    @Override
    public BigDecimal getScore() {
        return score;
    }

    @Override
    public SubmissionResult getResult() {
        return result;
    }
}
