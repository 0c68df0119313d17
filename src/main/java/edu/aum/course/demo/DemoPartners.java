package edu.aum.course.demo;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.partner.control.PartnerAccess;
import edu.aum.course.partner.control.PartnerEnrollmentService;
import edu.aum.course.partner.entity.AffiliationStatus;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.HomeUniversity;
import edu.aum.course.university.api.University;
import edu.aum.course.university.api.UniversityService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Demo data of the partner feature: staff of a second partner university (MEPhI) and students of both
 * partner universities in the seed course, with essays submitted and released last year and this year,
 * one student sharing grades with the university and one not, a withdrawal, a confirmed and a disputed
 * student. So that signing in as partner@demo.edu and partner2@demo.edu shows two disjoint lists. Last year's
 * essays are submitted, marked against the rubric and released through the services at their dates (DemoHistory).
 * Created once (when partner2@demo.edu is missing).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each service call is a transaction of its own
public class DemoPartners {

    /** The accounts this class adds; the README lists them. */
    public static final List<DemoData.DemoAccount> ACCOUNTS = List.of(
            new DemoData.DemoAccount(
                    Role.PARTNER, "partner2@demo.edu", "partner-demo-2", "Elena Sokolova", Language.EN),
            new DemoData.DemoAccount(Role.STUDENT, "olga@demo.edu", "student-demo-3", "Ольга Морозова", Language.RU),
            new DemoData.DemoAccount(Role.STUDENT, "dmitry@demo.edu", "student-demo-4", "Дмитрий Волков", Language.RU),
            new DemoData.DemoAccount(Role.STUDENT, "kate@demo.edu", "student-demo-5", "Kate Wilson", Language.EN),
            new DemoData.DemoAccount(Role.STUDENT, "alexei@demo.edu", "student-demo-6", "Алексей Новиков", Language.RU),
            new DemoData.DemoAccount(Role.STUDENT, "maria@demo.edu", "student-demo-7", "Мария Лебедева", Language.RU));

    private static final String FEEDBACK_EN =
            "<p>A careful account of how trust was lost.</p><p>Support each turn with one dated source.</p>";
    private static final String FEEDBACK_RU =
            "<p>Внимательный разбор того, как было утрачено доверие.</p><p>Подкрепите каждый поворот датированным"
                    + " источником.</p>";

    private static final String ESSAY = "<p>The relations between Washington and Moscow after 1991 moved from hope to "
            + "suspicion in less than two decades. Leaders on both sides spoke of partnership, yet their governments "
            + "read the same events in opposite ways: what one capital called the spread of stability, the other "
            + "called the advance of a rival alliance towards its borders. Trade grew slowly, exchanges of students "
            + "and scholars flourished, and arms control treaties still worked, but every crisis in the Balkans, in "
            + "the Caucasus or in the Middle East left less trust than before.</p>";

    @Inject
    AccountService accounts;

    @Inject
    UniversityService universities;

    @Inject
    CourseService courses;

    @Inject
    EnrollmentService enrollments;

    @Inject
    AssignmentService assignments;

    @Inject
    SubmissionService submissions;

    @Inject
    PartnerAccess access;

    @Inject
    PartnerEnrollmentService partners;

    @Inject
    DemoHistory history;

    @Inject
    Clock clock;

    public void load() {
        if (accounts.findByEmail("partner2@demo.edu").isPresent()) {
            return;
        }
        Optional<University> msu = universities.findByNameEn(DemoData.MSU);
        Optional<University> mephi = universities.findByNameEn(DemoData.MEPHI);
        Optional<Offering> open = seedOffering(true);
        Optional<Offering> past = seedOffering(false);
        if (msu.isEmpty() || mephi.isEmpty() || open.isEmpty() || past.isEmpty()) {
            return;
        }
        Account elena = accounts.createPartnerStaff(
                "partner2@demo.edu", "Elena Sokolova", "partner-demo-2".toCharArray(), Language.EN, mephi.get());
        List<Account> students = ACCOUNTS.stream()
                .skip(1)
                .map(a -> accounts.create(
                        a.email(), a.fullName(), a.password().toCharArray(), a.language(), EnumSet.of(Role.STUDENT)))
                .toList();
        Account olga = students.get(0);
        Account dmitry = students.get(1);
        Account kate = students.get(2);
        Account alexei = students.get(3);
        Account maria = students.get(4);

        List<Assignment> lastYear = assignments.ofOffering(past.get().getId());
        Enrollment olgaPast = enrollLastYear(olga, past.get(), msu.get(), "MSU-2023-0412");
        Enrollment dmitryPast = enrollLastYear(dmitry, past.get(), msu.get(), "MSU-2022-1187");
        Enrollment alexeiPast = enrollLastYear(alexei, past.get(), mephi.get(), "Б21-503");
        long marker = accounts.findByEmail("instructor@demo.edu").orElseThrow().getId();
        // levels per criterion of the standard rubric (0 = Excellent ... 3 = Weak); 20 of 40 or more passes
        release(olga, lastYear, new int[][] {{0, 0, 1, 1}, {0, 0, 0, 1}, {1, 1, 1, 1}, {0, 1, 1, 1}}, 0, marker);
        release(dmitry, lastYear, new int[][] {{0, 1, 1, 1}, {2, 2, 3, 2}, {1, 1, 0, 0}}, 1, marker);
        release(alexei, lastYear, new int[][] {{0, 0, 1, 0}, {0, 1, 0, 1}, {0, 0, 0, 0}, {1, 1, 1, 2}}, 2, marker);

        Enrollment olgaNow = enroll(olga, open.get(), msu.get(), "MSU-2023-0412");
        enroll(dmitry, open.get(), msu.get(), "MSU-2022-1187");
        Enrollment kateNow = enroll(kate, open.get(), msu.get(), "MSU-EX-2026-09");
        Enrollment mariaNow = enroll(maria, open.get(), mephi.get(), "Б22-117");
        submitOpenEssay(olgaNow, open.get());

        enrollments.shareGrades(olga.getId(), olgaPast.getId(), true);
        enrollments.shareGrades(olga.getId(), olgaNow.getId(), true);
        enrollments.shareGrades(alexei.getId(), alexeiPast.getId(), true);
        accounts.findByEmail("admin@demo.edu")
                .ifPresent(admin -> enrollments.withdraw(
                        admin.getId(), kateNow.getId(), "Exchange semester cancelled by the home university"));
        accounts.findByEmail("partner@demo.edu")
                .ifPresent(staff -> partners.checkAffiliation(
                        access.ofStaff(staff.getId()), olgaNow.getId(), AffiliationStatus.CONFIRMED, null));
        partners.checkAffiliation(
                access.ofStaff(elena.getId()),
                mariaNow.getId(),
                AffiliationStatus.DISPUTED,
                "No student with this number in our registry; Б22-117 belongs to another person.");
    }

    private Optional<Offering> seedOffering(boolean open) {
        LocalDate today = LocalDate.now(clock);
        return courses.offerings().stream()
                .filter(o -> o.getCourse().getCode().equals(DemoData.SEED_COURSE))
                .filter(o -> open
                        ? o.isEnrollmentOpenOn(today)
                        : o.getSchedule().getEndsOn().isBefore(today))
                .findFirst();
    }

    private Enrollment enroll(Account student, Offering offering, University university, String number) {
        return enrollments.enrollOnBehalf(
                student.getId(), offering.getId(), new HomeUniversity(university.getId(), null, null), number);
    }

    /** Enrolled by the student in last year's enrollment window. */
    private Enrollment enrollLastYear(Account student, Offering offering, University university, String number) {
        return history.enroll(student.getId(), offering, new HomeUniversity(university.getId(), null, null), number);
    }

    /**
     * Essays submitted (the one at {@code lateIndex} a day late, before the cut-off), marked with these levels and
     * feedback and released, each at its date, through the services (DemoHistory).
     */
    private void release(Account student, List<Assignment> essays, int[][] levels, int lateIndex, long marker) {
        for (int i = 0; i < levels.length; i++) {
            Assignment assignment = essays.get(i);
            Instant submitted = assignment.getDueAt().plus(Duration.ofDays(i == lateIndex ? 1 : -2));
            long review = history.submit(student.getId(), assignment.getId(), ESSAY.repeat(6), submitted);
            history.markAndRelease(
                    review,
                    marker,
                    levels[i],
                    student.getPreferredLanguage() == Language.RU ? FEEDBACK_RU : FEEDBACK_EN,
                    assignment.getCutoffAt().plus(Duration.ofDays(1)),
                    assignment.getCutoffAt().plus(Duration.ofDays(5)));
        }
    }

    private void submitOpenEssay(Enrollment enrollment, Offering open) {
        Instant now = clock.instant();
        assignments.ofOffering(open.getId()).stream()
                .filter(a -> a.deadlines().timingAt(now) == edu.aum.course.essay.entity.Timing.ON_TIME)
                .findFirst()
                .ifPresent(a -> submissions.submit(enrollment.getStudent().getId(), a.getId(), ESSAY.repeat(6), true));
    }
}
