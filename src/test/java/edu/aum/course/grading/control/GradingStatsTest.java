package edu.aum.course.grading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.api.SubmissionResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's figures of an assignment's released scores. */
class GradingStatsTest {

    private static GradingStats.Score score(int points, SubmissionResult result) {
        return new GradingStats.Score(BigDecimal.valueOf(points), result);
    }

    @Test
    void aPassIsAReleasedPassWhateverTheScore() {
        assertTrue(score(20, SubmissionResult.PASS).passed());
        assertFalse(score(39, SubmissionResult.FAIL).passed(), "the result, fixed by the pass mark then, decides");
    }

    @Test
    void thePassesAreCounted() {
        assertEquals(0, GradingStats.passes(List.of()));
        assertEquals(
                2,
                GradingStats.passes(List.of(
                        score(31, SubmissionResult.PASS),
                        score(12, SubmissionResult.FAIL),
                        score(20, SubmissionResult.PASS))));
    }
}
