package edu.aum.course.partner.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final Instant T1 = Instant.parse("2026-10-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-10-20T10:00:00Z");

    @Test
    void submittedCountsEverythingPastADraftAndPassedOnlyReleasedPasses() {
        Progress progress = Progress.none(4)
                .with(SubmissionStatus.DRAFT, null, null, null)
                .with(SubmissionStatus.SUBMITTED, null, null, T1)
                .with(SubmissionStatus.READY_FOR_RELEASE, null, null, T1)
                .with(SubmissionStatus.REVISION_REQUESTED, null, null, T1)
                .with(SubmissionStatus.RELEASED, SubmissionResult.FAIL, T2, T1)
                .with(SubmissionStatus.RELEASED, SubmissionResult.PASS, T1, T1);

        assertEquals(5, progress.submitted());
        assertEquals(1, progress.passed());
        assertEquals(4, progress.required());
        assertEquals(T2, progress.lastActivity(), "the latest submission or release");
    }

    @Test
    void gradesAreVisibleOnlyWhenReleasedAndShared() {
        assertTrue(GradeVisibility.visible(true, SubmissionStatus.RELEASED));
        assertFalse(GradeVisibility.visible(false, SubmissionStatus.RELEASED));
        assertFalse(GradeVisibility.visible(true, SubmissionStatus.READY_FOR_RELEASE));
        assertFalse(GradeVisibility.visible(true, SubmissionStatus.IN_MARKING));
    }

    @Test
    void filterTextIsALikePatternWithItsWildcardsEscaped() {
        assertEquals("%msu!_2023!%!!%", new PartnerFilter(null, null, " MSU_2023%! ", null).likePattern());
        assertFalse(new PartnerFilter(null, null, "  ", null).hasText());
    }
}
