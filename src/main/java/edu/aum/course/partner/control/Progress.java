package edu.aum.course.partner.control;

import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import java.time.Instant;

/**
 * An enrollment's essays so far: how many were submitted (anything past a draft), how many were released
 * as passed (RELEASED with PASS, the contract of V7), out of how many the offering requires, and the
 * latest moment any of them changed (a submission or a release).
 */
public record Progress(int submitted, int passed, int required, Instant lastActivity) implements java.io.Serializable {

    public static Progress none(int required) {
        return new Progress(0, 0, required, null);
    }

    /** This progress with one more submission of the enrollment counted in. */
    Progress with(SubmissionStatus status, SubmissionResult result, Instant releasedAt, Instant lastSubmittedAt) {
        boolean isSubmitted = status != SubmissionStatus.DRAFT;
        boolean isPassed = status == SubmissionStatus.RELEASED && result == SubmissionResult.PASS;
        return new Progress(
                submitted + (isSubmitted ? 1 : 0),
                passed + (isPassed ? 1 : 0),
                required,
                latest(latest(lastActivity, releasedAt), lastSubmittedAt));
    }

    static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    public int getSubmitted() {
        return submitted;
    }

    public int getPassed() {
        return passed;
    }

    public int getRequired() {
        return required;
    }
}
