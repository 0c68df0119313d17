package edu.aum.course.essay.entity;

import edu.aum.course.platform.BusinessException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The dates that apply to one student for one assignment: the assignment's, or their extension's. */
public record Deadlines(Instant opensAt, Instant dueAt, Instant cutoffAt) implements java.io.Serializable {

    /** How close to the due time an open assignment counts as "due soon". */
    public static final Duration DUE_SOON = Duration.ofHours(48);

    public Deadlines {
        if (opensAt == null || dueAt == null || cutoffAt == null) {
            throw new BusinessException("assignment.dates.required");
        }
        if (dueAt.isBefore(opensAt)) {
            throw new BusinessException("assignment.dueBeforeOpening");
        }
        if (cutoffAt.isBefore(dueAt)) {
            throw new BusinessException("assignment.cutoffBeforeDue");
        }
    }

    /** For the pages: Jakarta EL 5 does not read record components. */
    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCutoffAt() {
        return cutoffAt;
    }

    public Timing timingAt(Instant now) {
        Objects.requireNonNull(now);
        if (now.isBefore(opensAt)) {
            return Timing.NOT_OPEN;
        }
        if (!now.isAfter(dueAt)) {
            return Timing.ON_TIME;
        }
        return now.isAfter(cutoffAt) ? Timing.CLOSED : Timing.LATE;
    }

    public boolean isDueSoon(Instant now) {
        return timingAt(now) == Timing.ON_TIME && Duration.between(now, dueAt).compareTo(DUE_SOON) < 0;
    }

    /** Whether a submission now is accepted (not before the opening, not after the cut-off); answers if it is late. */
    public boolean requireAccepting(Instant now) {
        Timing timing = timingAt(now);
        if (!timing.isAccepted()) {
            throw new BusinessException(timing == Timing.NOT_OPEN ? "submission.notOpen" : "submission.closed");
        }
        return timing == Timing.LATE;
    }
}
