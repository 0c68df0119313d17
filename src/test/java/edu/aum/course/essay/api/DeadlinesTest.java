package edu.aum.course.essay.api;

import static edu.aum.course.enrollment.entity.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.Timing;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    static final Instant OPENS = Instant.parse("2026-10-01T09:00:00Z");
    static final Instant DUE = Instant.parse("2026-10-15T20:59:00Z");
    static final Instant CUTOFF = Instant.parse("2026-10-18T20:59:00Z");
    private final Deadlines deadlines = new Deadlines(OPENS, DUE, CUTOFF);

    @Test
    void beforeTheOpeningASubmissionIsRefused() {
        assertEquals(Timing.NOT_OPEN, deadlines.timingAt(OPENS.minusSeconds(1)));
        assertRefused("submission.notOpen", () -> deadlines.requireAccepting(OPENS.minusSeconds(1)));
    }

    @Test
    void fromTheOpeningUpToTheDueTimeItIsOnTime() {
        assertFalse(deadlines.requireAccepting(OPENS));
        assertFalse(deadlines.requireAccepting(DUE));
        assertEquals(Timing.ON_TIME, deadlines.timingAt(DUE));
    }

    @Test
    void afterTheDueTimeUpToTheCutoffItIsLate() {
        assertTrue(deadlines.requireAccepting(DUE.plusMillis(1)));
        assertTrue(deadlines.requireAccepting(CUTOFF));
        assertEquals(Timing.LATE, deadlines.timingAt(CUTOFF));
    }

    @Test
    void afterTheCutoffItIsRefused() {
        assertEquals(Timing.CLOSED, deadlines.timingAt(CUTOFF.plusMillis(1)));
        assertRefused("submission.closed", () -> deadlines.requireAccepting(CUTOFF.plusMillis(1)));
    }

    @Test
    void onTimeAndLateAreAcceptedTheOtherTimingsNot() {
        assertTrue(Timing.ON_TIME.isAccepted());
        assertTrue(Timing.LATE.isAccepted());
        assertFalse(Timing.NOT_OPEN.isAccepted());
        assertFalse(Timing.CLOSED.isAccepted());
    }

    @Test
    void dueSoonIsWithin48HoursBeforeTheDueTime() {
        assertFalse(deadlines.isDueSoon(DUE.minus(Duration.ofHours(48))));
        assertTrue(deadlines.isDueSoon(DUE.minus(Duration.ofHours(47))));
        assertFalse(deadlines.isDueSoon(DUE.plusSeconds(1)), "late is not due soon");
    }

    @Test
    void theDatesMustBeInOrder() {
        assertRefused("assignment.dueBeforeOpening", () -> new Deadlines(OPENS, OPENS.minusSeconds(1), CUTOFF));
        assertRefused("assignment.cutoffBeforeDue", () -> new Deadlines(OPENS, DUE, DUE.minusSeconds(1)));
        assertRefused("assignment.dates.required", () -> new Deadlines(OPENS, null, CUTOFF));
        new Deadlines(OPENS, OPENS, OPENS); // all equal is allowed: cut-off ≥ due ≥ opening
    }
}
