package edu.aum.course.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountRenamed;
import edu.aum.course.account.control.ProfileService;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.control.StudentNames;
import edu.aum.course.partner.control.PartnerAccess;
import edu.aum.course.partner.control.PartnerEnrollmentService;
import edu.aum.course.partner.control.PartnerEnrollmentService.Order;
import edu.aum.course.partner.control.PartnerFilter;
import edu.aum.course.partner.control.Scope;
import edu.aum.course.partner.entity.AffiliationStatus;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.testsupport.SqlCount;
import edu.aum.course.university.api.University;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * What partner staff see, by the queries on the real schema: their own university's enrollments only (another
 * university's id answers as missing), narrowed by offering, status and text in any script and case.
 */
class PartnerEnrollmentServiceIT {

    static final String OLGA = "Ольга Морозова";
    static final String DMITRY = "Dmitry Volkov";
    static final String KATE = "Kate O'Brien";
    static final String ALEXEI = "Алексей Морозов";

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    PartnerEnrollmentService partners;
    Offering autumn;
    Offering spring;
    Scope msu;
    Scope mephi;
    Enrollment olga;
    Enrollment dmitry;
    Enrollment kate;
    Enrollment alexei;

    @BeforeEach
    void twoPartnerUniversitiesWithTheirStudents() {
        partners = tier.service(PartnerEnrollmentService.class);
        University moscowState = data.university(true);
        University mephiUniversity = data.university(true);
        autumn = data.offering(null, 2);
        spring = data.offering(null, 2);
        olga = data.enroll(data.student(OLGA), autumn, moscowState);
        dmitry = data.enroll(data.student(DMITRY), autumn, moscowState);
        kate = data.enroll(data.student(KATE), spring, moscowState);
        alexei = data.enroll(data.student(ALEXEI), autumn, mephiUniversity);
        PartnerAccess access = tier.service(PartnerAccess.class);
        msu = access.ofStaff(data.partnerStaff("Сергей Кузнецов", moscowState).getId());
        mephi = access.ofStaff(
                data.partnerStaff("Elena Sokolova", mephiUniversity).getId());
    }

    @Test
    void aPartnerSeesItsOwnUniversitysEnrollmentsOnly() {
        assertEquals(List.of(DMITRY, KATE, OLGA), search(msu, PartnerFilter.NONE));
        assertEquals(3, partners.count(msu, PartnerFilter.NONE));
        assertEquals(List.of(ALEXEI), search(mephi, PartnerFilter.NONE));
        assertEquals(Set.of(autumn, spring), Set.copyOf(partners.offerings(msu)));
        assertEquals(List.of(autumn), partners.offerings(mephi));
    }

    @Test
    void anotherUniversitysEnrollmentAnswersAsIfItDidNotExist() {
        assertTrue(partners.find(msu, alexei.getId()).isEmpty());
        assertEquals(alexei, partners.find(mephi, alexei.getId()).orElseThrow().enrollment());
        assertNotFound(() -> partners.essays(msu, alexei.getId()));
        assertNotFound(() -> partners.checkAffiliation(msu, alexei.getId(), AffiliationStatus.DISPUTED, "not ours"));
    }

    @Test
    void thePartnerNarrowsByOfferingAndStatus() {
        tier.service(EnrollmentService.class).withdrawMyself(dmitry.getStudent().getId(), dmitry.getId());

        assertEquals(List.of(KATE), search(msu, new PartnerFilter(spring.getId(), null, null, null)));
        assertEquals(List.of(DMITRY), search(msu, new PartnerFilter(null, EnrollmentStatus.WITHDRAWN, null, null)));
        assertEquals(List.of(KATE, OLGA), search(msu, new PartnerFilter(null, EnrollmentStatus.ACTIVE, null, null)));
        PartnerFilter activeInAutumn = new PartnerFilter(autumn.getId(), EnrollmentStatus.ACTIVE, null, null);
        assertEquals(List.of(OLGA), search(msu, activeInAutumn));
        assertEquals(1, partners.count(msu, activeInAutumn));
    }

    @Test
    void textFindsNamesEmailsAndStudentNumbersInAnyScriptAndCase() {
        assertEquals(List.of(OLGA), search(msu, text("МОРОЗ")), "Cyrillic, upper case; not the other university's");
        assertEquals(List.of(ALEXEI), search(mephi, text("мороз")));
        assertEquals(List.of(OLGA), search(msu, text("  ольга ")));
        assertEquals(List.of(KATE), search(msu, text("kAtE o'b")));
        assertEquals(List.of(DMITRY), search(msu, text(dmitry.getStudentNumber().toLowerCase(Locale.ROOT))));
        assertEquals(
                List.of(KATE), search(msu, text(kate.getStudent().getEmail().toUpperCase(Locale.ROOT))));
        assertEquals(List.of(), search(msu, text("_")), "a LIKE wildcard is taken literally");
        assertEquals(List.of(), search(msu, text("%")));
    }

    @Test
    void theScreensOrderFollowsARenameAndTheApisPagesFollowTheIds() {
        tier.observe(AccountRenamed.class, tier.service(StudentNames.class)::onRenamed);
        Account student = kate.getStudent();
        tier.service(ProfileService.class).rename(student.getId(), student.getVersion(), "Aaron Zimmer");
        tier.em().flush();
        tier.em().clear();

        assertEquals(List.of("Aaron Zimmer", DMITRY, OLGA), search(msu, PartnerFilter.NONE), "by the new name");
        List<Long> byId = List.of(olga.getId(), dmitry.getId(), kate.getId()).stream()
                .sorted()
                .toList();
        List<Long> pages = new java.util.ArrayList<>();
        for (int first = 0; first < 3; first++) {
            partners.search(msu, PartnerFilter.NONE, first, 1, Order.ID)
                    .forEach(p -> pages.add(p.enrollment().getId()));
        }
        assertEquals(byId, pages, "pages of one, in id order, none twice");
    }

    @Test
    void aPageCostsTheSameQueriesForThreeStudentsAsForFifteen() {
        int three = statementsOfAPage(3);
        University moscowState = kate.getUniversity();
        for (int i = 0; i < 12; i++) {
            data.enroll(data.student("Student " + (char) ('A' + i)), i % 2 == 0 ? autumn : spring, moscowState);
        }
        int fifteen = statementsOfAPage(15);
        assertEquals(three, fifteen, "no query per student: " + three + " for 3, " + fifteen + " for 15");
        assertTrue(three <= 8, three + " statements for a page");
    }

    /** The statements of one page as the API and the screens show it: students, roles, courses, progress. */
    private int statementsOfAPage(int size) {
        tier.em().flush();
        tier.em().clear();
        var counted = SqlCount.of(() -> partners.search(msu, PartnerFilter.NONE, 0, 50, Order.ID).stream()
                .map(p -> p.enrollment().getStudent().getFullName()
                        + p.enrollment().getStudent().getEmail()
                        + p.enrollment().getStudent().getRoles()
                        + p.enrollment().getOffering().getCourse().getCode()
                        + p.enrollment().getOffering().getSchedule().getStartsOn()
                        + p.progress()
                        + p.certificate()
                        + p.affiliationStatus())
                .toList());
        assertEquals(size, counted.answer().size());
        return counted.statements();
    }

    /** The students' names, in the screens' order. */
    private List<String> search(Scope scope, PartnerFilter filter) {
        return partners.search(scope, filter, 0, 50, Order.NAME).stream()
                .map(p -> p.enrollment().getStudent().getFullName())
                .toList();
    }

    private static PartnerFilter text(String text) {
        return new PartnerFilter(null, null, text, null);
    }

    private static void assertNotFound(Executable action) {
        assertEquals(
                "enrollment.notFound",
                assertThrows(BusinessException.class, action).key());
    }
}
