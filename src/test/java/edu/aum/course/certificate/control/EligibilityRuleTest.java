package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.api.SubmissionResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EligibilityRuleTest {

    private static final EligibilityRule FOUR = new EligibilityRule(4, Optional.empty());

    private static ReleasedEssay pass(long assignment, int score) {
        return new ReleasedEssay(assignment, SubmissionResult.PASS, BigDecimal.valueOf(score));
    }

    private static ReleasedEssay fail(long assignment, int score) {
        return new ReleasedEssay(assignment, SubmissionResult.FAIL, BigDecimal.valueOf(score));
    }

    @Test
    void fourDistinctPassesOfFourRequiredAreEligible() {
        var verdict = FOUR.judge(EssayTally.of(List.of(pass(1, 80), pass(2, 70), pass(3, 90), pass(4, 75))), false);
        assertTrue(verdict.eligible());
        assertTrue(verdict.reasons().isEmpty());
    }

    @Test
    void threeOfFourSaysSo() {
        var verdict = FOUR.judge(EssayTally.of(List.of(pass(1, 80), pass(2, 70), pass(3, 90), fail(4, 40))), false);
        assertFalse(verdict.eligible());
        assertEquals(List.of(CertificateProblem.of("certificate.eligibility.essays", 3, 4)), verdict.reasons());
    }

    @Test
    void passesCountByDistinctAssignment() {
        EssayTally tally = EssayTally.of(List.of(pass(1, 80), pass(1, 85), pass(2, 90)));
        assertEquals(2, tally.passed());
        assertEquals(3, tally.released());
    }

    @Test
    void nothingReleasedIsZeroOfN() {
        var verdict = FOUR.judge(EssayTally.NONE, false);
        assertEquals(List.of(CertificateProblem.of("certificate.eligibility.essays", 0, 4)), verdict.reasons());
    }

    @Test
    void theAverageCoversEveryReleasedScorePassedOrFailed() {
        EssayTally tally = EssayTally.of(List.of(pass(1, 80), pass(2, 70), fail(3, 45)));
        assertEquals(new BigDecimal("65.00"), tally.average().orElseThrow());
    }

    @Test
    void aMinimumAverageIsAppliedWhenSet() {
        EligibilityRule rule = new EligibilityRule(2, Optional.of(new BigDecimal("75")));
        assertEquals(
                List.of(CertificateProblem.of(
                        "certificate.eligibility.average", new BigDecimal("74.00"), new BigDecimal("75"))),
                rule.judge(EssayTally.of(List.of(pass(1, 80), pass(2, 68))), false)
                        .reasons());
        assertTrue(
                rule.judge(EssayTally.of(List.of(pass(1, 80), pass(2, 70))), false)
                        .eligible(),
                "the minimum itself is enough");
        assertEquals(
                "certificate.eligibility.noAverage",
                rule.judge(EssayTally.NONE, false).reasons().get(1).key());
    }

    @Test
    void aWithdrawnEnrollmentIsNotEligibleWhateverItsEssays() {
        var verdict = FOUR.judge(EssayTally.of(List.of(pass(1, 80), pass(2, 70), pass(3, 90), pass(4, 75))), true);
        assertFalse(verdict.eligible());
        assertEquals(
                "certificate.eligibility.withdrawn", verdict.reasons().get(0).key());
    }

    @Test
    void atLeastOneEssayIsRequired() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new EligibilityRule(0, Optional.empty()));
    }
}
