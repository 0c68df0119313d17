package edu.aum.course.essay.api;

import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.platform.BusinessException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an essay stands (DESIGN.md, "Essay states"), and the one place that says where it may go:
 * DRAFT → SUBMITTED → IN_MARKING → READY_FOR_RELEASE → RELEASED, and IN_MARKING → REVISION_REQUESTED →
 * SUBMITTED (resubmitted), and IN_MARKING → SUBMITTED when the marker gives the essay back to the queue
 * unmarked (grading's QueueService.unclaim, its only user). Every other move is refused.
 */
public enum SubmissionStatus {
    DRAFT,
    SUBMITTED,
    IN_MARKING,
    READY_FOR_RELEASE,
    RELEASED,
    REVISION_REQUESTED;

    private static final Map<SubmissionStatus, Set<SubmissionStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(IN_MARKING),
            IN_MARKING, EnumSet.of(READY_FOR_RELEASE, REVISION_REQUESTED, SUBMITTED),
            READY_FOR_RELEASE, EnumSet.of(RELEASED),
            RELEASED, EnumSet.noneOf(SubmissionStatus.class),
            REVISION_REQUESTED, EnumSet.of(SUBMITTED));

    public boolean canBecome(SubmissionStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The next state, or a refusal (submission.transition.refused) naming both. */
    public SubmissionStatus require(SubmissionStatus next) {
        if (!canBecome(next)) {
            throw new BusinessException("submission.transition.refused", this.name(), next.name());
        }
        return next;
    }

    /** Whether the student may change the text: before the first submission, and when asked to revise. */
    public boolean isEditable() {
        return this == DRAFT || this == REVISION_REQUESTED;
    }

    /**
     * Whether the student may still write and submit a version now: the text is theirs to change, and the
     * dates take it (open, up to the cut-off); a revision the marker asked for is taken after the cut-off
     * too (marking comes after it). Submission.submit enforces it; the essay pages ask it.
     */
    public boolean acceptsSubmissionAt(Deadlines deadlines, Instant now) {
        return isEditable()
                && (this == REVISION_REQUESTED || deadlines.timingAt(now).isAccepted());
    }
}
