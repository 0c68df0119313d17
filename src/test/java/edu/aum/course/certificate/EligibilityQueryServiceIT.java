package edu.aum.course.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.account.api.Account;
import edu.aum.course.certificate.control.EligibilityCounts;
import edu.aum.course.certificate.control.EligibilityFilter;
import edu.aum.course.certificate.control.EligibilityService;
import edu.aum.course.certificate.control.IssuanceService;
import edu.aum.course.certificate.control.Selection;
import edu.aum.course.certificate.control.Standing;
import edu.aum.course.certificate.control.StandingFilter;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The eligibility page's queries: the database's verdict (EligibilityJpql) is the Java rule's (EssayTally.of and
 * EligibilityRule.judge) for every kind of student, with and without a minimum average; pages, filters, counts and
 * the selection "all issuable except" are read in the database, in a fixed number of queries.
 */
class EligibilityQueryServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    EligibilityService eligibility;
    University university;
    Account marker;
    Offering offering;
    List<Assignment> counted = new ArrayList<>();
    Assignment practice;

    @BeforeEach
    void anOfferingThatRequiresFourOfFiveEssays() {
        eligibility = tier.service(EligibilityService.class);
        university = data.university(false);
        marker = data.instructor("Mark Marker");
        offering = data.offering(null, 4);
        data.teach(offering, marker);
        for (int i = 0; i < 5; i++) {
            counted.add(data.assignment(offering, true));
        }
        practice = data.assignment(offering, false);
    }

    @Test
    void theDatabaseJudgesAsTheJavaRuleDoes() {
        offering.certifyWith("default", new BigDecimal("25"));
        student("Four of four", "30", "30", "30", "30");
        student("Three of four", "30", "30", "30", "-30");
        student("Below the minimum", "20", "20", "20", "20");
        student("Rounded up to the minimum", "25", "25", "25", "24.98"); // 24.995 is shown as 25.00
        student("Rounded down below it", "25", "25", "25", "24.97"); // 24.9925: 24.99
        student("Failed one lowers the average", "30", "30", "30", "30", "-0");
        student("Failed one keeps it", "30", "30", "30", "30", "-25");
        // A released essay without a result, which EssayTally ignores, cannot be stored: ck_submissions_released (V17).
        student("Nothing released");
        Enrollment practising = student("Practice does not count", "30", "30", "30");
        release(practising.getStudent(), practice, "30", SubmissionResult.PASS);
        Enrollment withdrawn = student("Withdrawn with four", "30", "30", "30", "30");
        tier.service(EnrollmentService.class)
                .withdrawMyself(withdrawn.getStudent().getId(), withdrawn.getId());

        Set<String> eligible = sameVerdicts();
        assertEquals(Set.of("Four of four", "Rounded up to the minimum", "Failed one keeps it"), eligible);

        offering.certifyWith("default", null);
        tier.em().flush();
        assertEquals(
                Set.of(
                        "Four of four",
                        "Below the minimum",
                        "Rounded up to the minimum",
                        "Rounded down below it",
                        "Failed one lowers the average",
                        "Failed one keeps it"),
                sameVerdicts());
    }

    @Test
    void aPageIsFilteredByTextAndStandingInTheDatabase() {
        student("Anna Able", "30", "30", "30", "30");
        student("Boris Able", "30", "30", "30", "30");
        student("Clara Unable", "30");
        student("Dmitry Able", "30", "30", "30", "30");
        tier.em().flush();

        List<Standing> first = eligibility.page(offering.getId(), EligibilityFilter.ALL, 0, 2);
        List<Standing> second = eligibility.page(offering.getId(), EligibilityFilter.ALL, 2, 2);

        assertEquals(List.of("Anna Able", "Boris Able"), names(first));
        assertEquals(List.of("Clara Unable", "Dmitry Able"), names(second));
        EligibilityFilter able = new EligibilityFilter(" ABLE ", StandingFilter.ISSUABLE);
        assertEquals(List.of("Boris Able", "Dmitry Able"), names(eligibility.page(offering.getId(), able, 1, 25)));
        assertEquals(3, eligibility.count(offering.getId(), able));
        assertEquals(0, eligibility.count(offering.getId(), new EligibilityFilter("100%_!", StandingFilter.ALL)));
        assertEquals(
                List.of("Clara Unable"),
                names(eligibility.page(
                        offering.getId(), new EligibilityFilter("@", StandingFilter.NOT_ELIGIBLE), -5, 0)));
        assertEquals(new EligibilityCounts(4, 3, 0), eligibility.counts(offering.getId()));
    }

    @Test
    void aPageCostsTheSameQueriesForThreeStudentsAsForThirty() {
        for (int i = 0; i < 3; i++) {
            student("Student " + (char) ('A' + i % 26) + (char) ('a' + i / 26), "30", "30", "30", "30");
        }
        int three = statementsOfAPage();
        for (int i = 3; i < 30; i++) {
            student("Student " + (char) ('A' + i % 26) + (char) ('a' + i / 26), "30", "30", "30", "30");
        }
        assertEquals(three, statementsOfAPage());
    }

    @Test
    void allIssuableExceptTheToggledIsResolvedInTheDatabase() {
        Enrollment anna = student("Anna Able", "30", "30", "30", "30");
        Enrollment boris = student("Boris Able", "30", "30", "30", "30");
        Enrollment clara = student("Clara Unable", "30");
        IssuanceService issuance = tier.service(IssuanceService.class);
        Selection all = Selection.allIssuable();
        all.choose(anna.getId(), true, false);
        all.choose(clara.getId(), false, true);
        Selection none = Selection.none();
        none.choose(boris.getId(), true, true);

        assertEquals(List.of(boris.getId(), clara.getId()), issuance.chosen(offering.getId(), all));
        assertEquals(List.of(boris.getId()), issuance.chosen(offering.getId(), none));
        assertEquals(List.of(anna.getId(), boris.getId()), issuance.issuable(offering.getId()));
    }

    /** The names of the eligible students, after checking that the database agrees with the Java rule. */
    private Set<String> sameVerdicts() {
        tier.em().flush();
        List<Standing> java = eligibility.ofOffering(offering.getId());
        Set<Long> javaEligible = java.stream()
                .filter(Standing::eligible)
                .map(Standing::enrollmentId)
                .collect(Collectors.toSet());
        assertEquals(javaEligible, ids(StandingFilter.ISSUABLE), "eligible (none has a certificate)");
        Set<Long> notEligible = java.stream()
                .filter(s -> !s.eligible())
                .map(Standing::enrollmentId)
                .collect(Collectors.toSet());
        assertEquals(notEligible, ids(StandingFilter.NOT_ELIGIBLE));
        assertEquals(new EligibilityCounts(java.size(), javaEligible.size(), 0), eligibility.counts(offering.getId()));
        return java.stream()
                .filter(Standing::eligible)
                .map(s -> s.enrollment().getStudent().getFullName())
                .collect(Collectors.toSet());
    }

    private Set<Long> ids(StandingFilter standing) {
        return eligibility.page(offering.getId(), new EligibilityFilter(null, standing), 0, 100).stream()
                .map(Standing::enrollmentId)
                .collect(Collectors.toSet());
    }

    private int statementsOfAPage() {
        tier.em().flush();
        tier.em().clear();
        var read = SqlCount.of(() -> eligibility.page(offering.getId(), EligibilityFilter.ALL, 0, 25).stream()
                .map(s -> s.enrollment().getStudent().getFullName()
                        + s.enrollment().getStudent().getRoles()
                        + s.eligible())
                .toList());
        return read.statements();
    }

    private static List<String> names(List<Standing> standings) {
        return standings.stream()
                .map(s -> s.enrollment().getStudent().getFullName())
                .toList();
    }

    /**
     * A student of the offering with these scores released on the counted assignments in turn: PASS, or FAIL when
     * the score starts with "-".
     */
    private Enrollment student(String name, String... scores) {
        Account student = data.student(name);
        Enrollment enrollment = data.enroll(student, offering, university);
        for (int i = 0; i < scores.length; i++) {
            boolean failed = scores[i].startsWith("-");
            release(
                    student,
                    counted.get(i),
                    failed ? scores[i].substring(1) : scores[i],
                    failed ? SubmissionResult.FAIL : SubmissionResult.PASS);
        }
        return enrollment;
    }

    private void release(Account student, Assignment assignment, String score, SubmissionResult result) {
        Review review = data.submit(student, assignment, 50);
        data.release(marker, review, score, result);
    }
}
