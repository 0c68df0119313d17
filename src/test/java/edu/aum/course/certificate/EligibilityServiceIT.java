package edu.aum.course.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.certificate.control.CertificateProblem;
import edu.aum.course.certificate.control.EligibilityService;
import edu.aum.course.certificate.control.Standing;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.grading.api.Review;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.testsupport.SqlCount;
import edu.aum.course.university.api.University;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Certificate eligibility computed by its queries on the real schema: two essays released as passed earn it,
 * of the assignments that count; a failed, an unreleased, a withdrawn or a below-average record does not.
 */
class EligibilityServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    EligibilityService eligibility;
    University university;
    Account marker;
    Offering offering;
    Assignment first;
    Assignment second;
    Assignment third;
    Assignment practice;

    @BeforeEach
    void anOfferingThatRequiresTwoPassedEssays() {
        eligibility = tier.service(EligibilityService.class);
        university = data.university(false);
        marker = data.instructor("Mark Marker");
        offering = data.offering(null, 2);
        data.teach(offering, marker);
        first = data.assignment(offering, true);
        second = data.assignment(offering, true);
        third = data.assignment(offering, true);
        practice = data.assignment(offering, false);
    }

    @Test
    void twoPassesReleasedEarnTheCertificateAndLessDoesNot() {
        Enrollment passed = student("Anna Passed", Map.of(first, "30", second, "25"), Map.of());
        Enrollment failedOne = student("Boris FailedOne", Map.of(first, "30"), Map.of(second, "10"));
        Enrollment unreleased = student("Clara Unreleased", Map.of(first, "30"), Map.of());
        data.submit(unreleased.getStudent(), second, 50); // submitted and in the queue, not released
        Enrollment practising = student("Dmitry Practice", Map.of(first, "30", practice, "40"), Map.of());
        Enrollment nothing = student("Elena Nothing", Map.of(), Map.of());
        data.enroll(data.student("Otto Elsewhere"), data.offering(null, 2), university);

        Map<Long, Standing> standings = byEnrollment(eligibility.ofOffering(offering.getId()));

        assertEquals(5, standings.size(), "every enrollment of the offering, and only those");
        assertTrue(standings.get(passed.getId()).eligible());
        assertEquals(2, standings.get(passed.getId()).tally().passed());
        for (Enrollment notYet : List.of(failedOne, unreleased, practising, nothing)) {
            Standing standing = standings.get(notYet.getId());
            assertFalse(standing.eligible(), notYet.getStudent().getFullName());
            assertEquals(List.of("certificate.eligibility.essays"), keys(standing));
        }
        assertEquals(1, standings.get(failedOne.getId()).tally().passed());
        assertEquals(2, standings.get(failedOne.getId()).tally().released());
        assertEquals(1, standings.get(unreleased.getId()).tally().released());
        assertEquals(1, standings.get(practising.getId()).tally().passed(), "the practice essay does not count");
    }

    @Test
    void aWithdrawnStudentIsNotEligibleWhateverTheEssays() {
        Enrollment withdrawn = student("Fyodor Withdrawn", Map.of(first, "30", second, "30"), Map.of());
        tier.service(EnrollmentService.class)
                .withdrawMyself(withdrawn.getStudent().getId(), withdrawn.getId());

        Standing standing = eligibility.of(withdrawn);

        assertEquals(2, standing.tally().passed());
        assertEquals(List.of("certificate.eligibility.withdrawn"), keys(standing));
    }

    @Test
    void aMinimumAverageCountsEveryReleasedScoreFailedOnesToo() {
        offering.certifyWith("default", new BigDecimal("25"));
        Enrollment good = student("Galina Good", Map.of(first, "30", second, "20"), Map.of());
        Enrollment lowered = student("Hugo Lowered", Map.of(first, "30", second, "30"), Map.of(third, "0"));
        Enrollment below = student("Irina Below", Map.of(first, "20", second, "20"), Map.of());

        Map<Long, Standing> standings =
                byEnrollment(eligibility.of(offering.getId(), List.of(good.getId(), lowered.getId(), below.getId())));

        assertTrue(standings.get(good.getId()).eligible());
        assertEquals(
                new BigDecimal("25.00"), standings.get(good.getId()).tally().averageOrNull());
        assertEquals(
                new BigDecimal("20.00"), standings.get(lowered.getId()).tally().averageOrNull());
        assertEquals(List.of("certificate.eligibility.average"), keys(standings.get(lowered.getId())));
        assertEquals(List.of("certificate.eligibility.average"), keys(standings.get(below.getId())));
    }

    /** A student enrolled in the offering, with these essays released as passed and these as failed (scores). */
    @Test
    void anOfferingCostsTheSameQueriesForThreeStudentsAsForFifteen() {
        for (int i = 0; i < 3; i++) {
            student("Student " + (char) ('A' + i), Map.of(first, "30"), Map.of());
        }
        int three = statementsOfTheOffering(3);
        for (int i = 3; i < 15; i++) {
            student("Student " + (char) ('A' + i), Map.of(first, "30", second, "30"), Map.of());
        }
        int fifteen = statementsOfTheOffering(15);
        assertEquals(three, fifteen, "no query per student: " + three + " for 3, " + fifteen + " for 15");
    }

    /** The statements of the eligibility page's standings, the students' names and roles read too. */
    private int statementsOfTheOffering(int size) {
        tier.em().flush();
        tier.em().clear();
        var counted = SqlCount.of(() -> eligibility.ofOffering(offering.getId()).stream()
                .map(s -> s.enrollment().getStudent().getFullName()
                        + s.enrollment().getStudent().getRoles()
                        + s.eligible()
                        + s.tally().passed())
                .toList());
        assertEquals(size, counted.answer().size());
        return counted.statements();
    }

    private Enrollment student(String name, Map<Assignment, String> passed, Map<Assignment, String> failed) {
        Account student = data.student(name);
        Enrollment enrollment = data.enroll(student, offering, university);
        passed.forEach((assignment, score) -> release(student, assignment, score, SubmissionResult.PASS));
        failed.forEach((assignment, score) -> release(student, assignment, score, SubmissionResult.FAIL));
        return enrollment;
    }

    private void release(Account student, Assignment assignment, String score, SubmissionResult result) {
        Review review = data.submit(student, assignment, 50);
        data.release(marker, review, score, result);
    }

    private static Map<Long, Standing> byEnrollment(List<Standing> standings) {
        return standings.stream().collect(Collectors.toMap(Standing::enrollmentId, Function.identity()));
    }

    private static List<String> keys(Standing standing) {
        return standing.verdict().reasons().stream()
                .map(CertificateProblem::key)
                .toList();
    }
}
