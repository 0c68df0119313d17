package edu.aum.course.certificate.control;

import edu.aum.course.essay.api.SubmissionResult;
import java.math.BigDecimal;
import java.util.Objects;

/** A released essay of an assignment that counts for the certificate: its result and score. */
public record ReleasedEssay(long assignmentId, SubmissionResult result, BigDecimal score) {

    public ReleasedEssay {
        Objects.requireNonNull(result);
    }

    public boolean passed() {
        return result == SubmissionResult.PASS;
    }
}
