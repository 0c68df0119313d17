package edu.aum.course.essay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.entity.Deadlines;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StageTest {

    private static final Instant NOW = Instant.parse("2026-10-10T12:00:00Z");

    private static Deadlines opensDueCutoff(Duration opens, Duration due, Duration cutoff) {
        return new Deadlines(NOW.plus(opens), NOW.plus(due), NOW.plus(cutoff));
    }

    @Test
    void withoutASubmissionTheDatesDecide() {
        assertEquals(
                Stage.UPCOMING,
                Stage.of(null, opensDueCutoff(Duration.ofDays(1), Duration.ofDays(5), Duration.ofDays(6)), NOW));
        assertEquals(
                Stage.OPEN,
                Stage.of(null, opensDueCutoff(Duration.ofDays(-1), Duration.ofDays(5), Duration.ofDays(6)), NOW));
        assertEquals(
                Stage.DUE_SOON,
                Stage.of(null, opensDueCutoff(Duration.ofDays(-1), Duration.ofHours(47), Duration.ofDays(6)), NOW));
        assertEquals(
                Stage.LATE,
                Stage.of(
                        SubmissionStatus.DRAFT,
                        opensDueCutoff(Duration.ofDays(-5), Duration.ofDays(-1), Duration.ofDays(1)),
                        NOW));
        assertEquals(
                Stage.CLOSED,
                Stage.of(null, opensDueCutoff(Duration.ofDays(-5), Duration.ofDays(-2), Duration.ofDays(-1)), NOW));
    }

    @Test
    void onceSubmittedTheEssaysStateDecides() {
        Deadlines closed = opensDueCutoff(Duration.ofDays(-5), Duration.ofDays(-2), Duration.ofDays(-1));
        assertEquals(Stage.SUBMITTED, Stage.of(SubmissionStatus.SUBMITTED, closed, NOW));
        assertEquals(Stage.SUBMITTED, Stage.of(SubmissionStatus.IN_MARKING, closed, NOW));
        assertEquals(Stage.SUBMITTED, Stage.of(SubmissionStatus.READY_FOR_RELEASE, closed, NOW));
        assertEquals(Stage.GRADED, Stage.of(SubmissionStatus.RELEASED, closed, NOW));
        assertEquals(Stage.REVISION_REQUESTED, Stage.of(SubmissionStatus.REVISION_REQUESTED, closed, NOW));
    }

    @Test
    void theTimelineOffersWritingForTheStagesInWhichSubmitAccepts() {
        var writing = java.util.EnumSet.of(Stage.OPEN, Stage.DUE_SOON, Stage.LATE, Stage.REVISION_REQUESTED);
        Deadlines[] dates = {
            opensDueCutoff(Duration.ofDays(1), Duration.ofDays(5), Duration.ofDays(6)),
            opensDueCutoff(Duration.ofDays(-1), Duration.ofDays(5), Duration.ofDays(6)),
            opensDueCutoff(Duration.ofDays(-1), Duration.ofHours(47), Duration.ofDays(6)),
            opensDueCutoff(Duration.ofDays(-5), Duration.ofDays(-1), Duration.ofDays(1)),
            opensDueCutoff(Duration.ofDays(-5), Duration.ofDays(-2), Duration.ofDays(-1))
        };
        for (SubmissionStatus status : SubmissionStatus.values()) {
            for (Deadlines deadlines : dates) {
                assertEquals(
                        writing.contains(Stage.of(status, deadlines, NOW)),
                        status.acceptsSubmissionAt(deadlines, NOW),
                        status + " " + deadlines);
            }
        }
    }
}
