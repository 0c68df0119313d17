package edu.aum.course.essay.entity;

/** Where a moment falls against an assignment's dates for one student. */
public enum Timing {
    /** Before the assignment opens. */
    NOT_OPEN,
    /** Open, up to and including the due time. */
    ON_TIME,
    /** Past due, up to and including the cut-off: accepted and marked late. */
    LATE,
    /** Past the cut-off: refused. */
    CLOSED;

    /** Whether a submission at this moment is taken (on time or late). */
    public boolean isAccepted() {
        return this == ON_TIME || this == LATE;
    }
}
