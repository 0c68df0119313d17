package edu.aum.course.essay.api;

import static edu.aum.course.essay.api.SubmissionStatus.DRAFT;
import static edu.aum.course.essay.api.SubmissionStatus.IN_MARKING;
import static edu.aum.course.essay.api.SubmissionStatus.READY_FOR_RELEASE;
import static edu.aum.course.essay.api.SubmissionStatus.RELEASED;
import static edu.aum.course.essay.api.SubmissionStatus.REVISION_REQUESTED;
import static edu.aum.course.essay.api.SubmissionStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.platform.BusinessException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubmissionStatusTest {

    /** DESIGN.md, "Essay states", written out once more by hand, with the give-back (IN_MARKING → SUBMITTED). */
    private static final Map<SubmissionStatus, Set<SubmissionStatus>> DESIGN = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(IN_MARKING),
            IN_MARKING, EnumSet.of(READY_FOR_RELEASE, REVISION_REQUESTED, SUBMITTED),
            READY_FOR_RELEASE, EnumSet.of(RELEASED),
            RELEASED, EnumSet.noneOf(SubmissionStatus.class),
            REVISION_REQUESTED, EnumSet.of(SUBMITTED));

    @Test
    void everyAllowedTransitionIsAllowed() {
        int allowed = 0;
        for (var from : SubmissionStatus.values()) {
            for (var to : DESIGN.get(from)) {
                assertTrue(from.canBecome(to), from + " -> " + to);
                assertSame(to, from.require(to));
                allowed++;
            }
        }
        assertEquals(7, allowed);
    }

    @Test
    void everyOtherTransitionIsRefusedNamingBothStates() {
        int refused = 0;
        for (var from : SubmissionStatus.values()) {
            for (var to : EnumSet.complementOf(EnumSet.copyOf(
                    DESIGN.get(from).isEmpty() ? EnumSet.noneOf(SubmissionStatus.class) : DESIGN.get(from)))) {
                assertFalse(from.canBecome(to), from + " -> " + to);
                var refusal = assertThrows(BusinessException.class, () -> from.require(to));
                assertEquals("submission.transition.refused", refusal.key());
                assertArrayEquals(new Object[] {from.name(), to.name()}, refusal.arguments());
                refused++;
            }
        }
        assertEquals(36 - 7, refused);
    }

    @Test
    void anEssayInMarkingCanBeGivenBackButAMarkedOneCannot() {
        assertTrue(IN_MARKING.canBecome(SUBMITTED), "given back to the queue");
        assertThrows(
                BusinessException.class, () -> READY_FOR_RELEASE.require(SUBMITTED), "a marked essay stays marked");
        assertThrows(BusinessException.class, () -> RELEASED.require(SUBMITTED), "a released one too");
    }

    @Test
    void onlyADraftAndARequestedRevisionCanBeEdited() {
        assertEquals(
                EnumSet.of(DRAFT, REVISION_REQUESTED),
                EnumSet.copyOf(java.util.Arrays.stream(SubmissionStatus.values())
                        .filter(SubmissionStatus::isEditable)
                        .toList()));
    }

    @Test
    void aDraftIsSubmittedFromTheOpeningToTheCutoffAndARequestedRevisionAlsoAfterIt() {
        Deadlines deadlines = new Deadlines(DeadlinesTest.OPENS, DeadlinesTest.DUE, DeadlinesTest.CUTOFF);
        Instant beforeOpening = DeadlinesTest.OPENS.minusSeconds(1);
        Instant late = DeadlinesTest.DUE.plusSeconds(1);
        Instant afterCutoff = DeadlinesTest.CUTOFF.plusSeconds(1);

        assertFalse(DRAFT.acceptsSubmissionAt(deadlines, beforeOpening));
        assertTrue(DRAFT.acceptsSubmissionAt(deadlines, DeadlinesTest.OPENS));
        assertTrue(DRAFT.acceptsSubmissionAt(deadlines, late));
        assertTrue(DRAFT.acceptsSubmissionAt(deadlines, DeadlinesTest.CUTOFF));
        assertFalse(DRAFT.acceptsSubmissionAt(deadlines, afterCutoff));
        assertTrue(REVISION_REQUESTED.acceptsSubmissionAt(deadlines, afterCutoff), "marking comes after the cut-off");
        for (SubmissionStatus frozen : EnumSet.of(SUBMITTED, IN_MARKING, READY_FOR_RELEASE, RELEASED)) {
            assertFalse(frozen.acceptsSubmissionAt(deadlines, late), frozen.name());
        }
    }
}
