package edu.aum.course.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.certificate.control.DryRunLine;
import edu.aum.course.certificate.control.IssuanceService;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.university.api.University;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Choose all eligible" ticks exactly the enrollments the dry run would issue to: Chinese, Korean and Japanese
 * names are printed (the default template's CJK fallback font), a name in Arabic script is not.
 */
class IssuanceServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    IssuanceService issuance;
    University university;
    Account marker;
    Offering offering;
    Assignment essay;

    @BeforeEach
    void anOfferingThatRequiresOnePassedEssay() {
        issuance = tier.service(IssuanceService.class);
        university = data.university(false);
        marker = data.instructor("Mark Marker");
        offering = data.offering(null, 1);
        data.teach(offering, marker);
        essay = data.assignment(offering, true);
    }

    @Test
    void chooseAllEligibleSkipsTheNameTheDryRunRefusesAndTicksTheCjkNames() {
        Map<String, Enrollment> passed = new LinkedHashMap<>();
        for (String name : List.of("Emily Carter", "李伟", "김민준", "佐藤 花子", "ليلى حداد")) {
            passed.put(name, passed(name));
        }
        Enrollment notYet = data.enroll(data.student("Nina NotYet"), offering, university);

        Set<Long> chosen = Set.copyOf(issuance.issuable(offering.getId()));

        assertEquals(
                Set.of(
                        passed.get("Emily Carter").getId(),
                        passed.get("李伟").getId(),
                        passed.get("김민준").getId(),
                        passed.get("佐藤 花子").getId()),
                chosen);
        List<Long> everyone = passed.values().stream().map(Enrollment::getId).collect(Collectors.toList());
        everyone.add(notYet.getId());
        List<DryRunLine> dryRun = issuance.dryRun(offering.getId(), everyone, false);
        assertEquals(
                chosen,
                dryRun.stream()
                        .filter(DryRunLine::issue)
                        .map(l -> l.standing().enrollmentId())
                        .collect(Collectors.toSet()),
                "one rule: what the dry run issues is what is chosen");
        DryRunLine arabic = dryRun.stream()
                .filter(l -> l.holderName().equals("ليلى حداد"))
                .findFirst()
                .orElseThrow();
        assertFalse(arabic.issue());
        // said to the admin in plain words naming her (AdminWording), not as the engine's script problem
        assertEquals("certificate.problem.nameScript", arabic.reason().key());
        assertTrue(
                arabic.reason().arguments().contains("ليلى حداد"),
                arabic.reason().toString());
    }

    private Enrollment passed(String name) {
        Account student = data.student(name);
        Enrollment enrollment = data.enroll(student, offering, university);
        data.release(marker, data.submit(student, essay, 50), "30", SubmissionResult.PASS);
        return enrollment;
    }
}
