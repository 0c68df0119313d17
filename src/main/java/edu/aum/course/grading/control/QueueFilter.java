package edu.aum.course.grading.control;

import edu.aum.course.essay.api.SubmissionStatus;
import java.io.Serializable;

/**
 * What the marking queue shows: an offering or assignment, a state (empty: those still to be marked or
 * released), late ones only, and whose (everybody's, mine, nobody's yet).
 */
public record QueueFilter(Long offeringId, Long assignmentId, SubmissionStatus status, Boolean late, Scope scope)
        implements Serializable {

    public enum Scope {
        ALL,
        MINE,
        UNCLAIMED
    }

    public static QueueFilter unclaimed() {
        return new QueueFilter(null, null, null, null, Scope.UNCLAIMED);
    }
}
