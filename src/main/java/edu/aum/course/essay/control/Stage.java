package edu.aum.course.essay.control;

import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.entity.Deadlines;
import java.time.Instant;

/** Where an assignment stands for a student on their timeline: from its dates until submitted, then by the essay's state. */
public enum Stage {
    UPCOMING,
    OPEN,
    DUE_SOON,
    LATE,
    CLOSED,
    SUBMITTED,
    REVISION_REQUESTED,
    GRADED;

    /** @param status the essay's state; null when the student has not saved anything yet */
    public static Stage of(SubmissionStatus status, Deadlines deadlines, Instant now) {
        if (status != null) {
            switch (status) {
                case SUBMITTED, IN_MARKING, READY_FOR_RELEASE -> {
                    return SUBMITTED;
                }
                case RELEASED -> {
                    return GRADED;
                }
                case REVISION_REQUESTED -> {
                    return REVISION_REQUESTED;
                }
                case DRAFT -> {
                    // by the dates, below
                }
            }
        }
        return switch (deadlines.timingAt(now)) {
            case NOT_OPEN -> UPCOMING;
            case ON_TIME -> deadlines.isDueSoon(now) ? DUE_SOON : OPEN;
            case LATE -> LATE;
            case CLOSED -> CLOSED;
        };
    }

    /** Whether the student may open the essay page (write, or read what they submitted). */
    public boolean canOpen() {
        return this != UPCOMING;
    }
}
