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
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.api.WordCounter;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.partner.control.PartnerAccess;
import edu.aum.course.partner.control.PartnerEnrollmentService;
import edu.aum.course.partner.entity.AffiliationStatus;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.HomeUniversity;
import edu.aum.course.university.api.University;
import edu.aum.course.university.api.UniversityService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Demo data of the partner feature: staff of a second partner university (MEPhI) and students of both
 * partner universities in the seed course, with essays submitted and released last year and this year,
 * one student sharing grades with the university and one not, a withdrawal, a confirmed and a disputed
 * student. So that signing in as partner@demo.edu and partner2@demo.edu shows two disjoint lists.
 * Created once (when partner2@demo.edu is missing).
 */
@Stateless
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

    private static final String ESSAY = "<p>The relations between Washington and Moscow after 1991 moved from hope to "
            + "suspicion in less than two decades. Leaders on both sides spoke of partnership, yet their governments "
            + "read the same events in opposite ways: what one capital called the spread of stability, the other "
            + "called the advance of a rival alliance towards its borders. Trade grew slowly, exchanges of students "
            + "and scholars flourished, and arms control treaties still worked, but every crisis in the Balkans, in "
            + "the Caucasus or in the Middle East left less trust than before.</p>";

    @PersistenceContext
    EntityManager em;

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
    PartnerAccess access;

    @Inject
    PartnerEnrollmentService partners;

    @Inject
    AuditLog audit;

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

        List<Assignment> lastYear = pastAssignments(past.get());
        Enrollment olgaPast = enroll(olga, past.get(), msu.get(), "MSU-2023-0412");
        Enrollment dmitryPast = enroll(dmitry, past.get(), msu.get(), "MSU-2022-1187");
        Enrollment alexeiPast = enroll(alexei, past.get(), mephi.get(), "Б21-503");
        release(olgaPast, lastYear, new int[] {88, 91, 79, 85}, 0);
        release(dmitryPast, lastYear, new int[] {72, 45, 81}, 1);
        release(alexeiPast, lastYear, new int[] {90, 86, 93, 77}, 2);

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

    /** The four demo essays once more, on last year's offering: one every three weeks from its start. */
    private List<Assignment> pastAssignments(Offering past) {
        List<Assignment> existing = assignments.ofOffering(past.getId());
        if (!existing.isEmpty()) {
            return existing;
        }
        Instant start =
                past.getSchedule().getStartsOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        return java.util.stream.IntStream.range(0, DemoEssays.ALL.size())
                .mapToObj(i -> {
                    Instant opens = start.plus(Duration.ofDays(21L * i + 1));
                    return assignments.add(
                            past.getId(),
                            DemoEssays.ALL.get(i).text(),
                            new Deadlines(opens, opens.plus(Duration.ofDays(14)), opens.plus(Duration.ofDays(17))),
                            DemoEssays.ALL.get(i).words(),
                            true);
                })
                .toList();
    }

    /**
     * Essays submitted (the one at {@code lateIndex} a day late) and released with these scores; 60 or more
     * passes. Each state change is audited like the real ones.
     */
    private void release(Enrollment enrollment, List<Assignment> essays, int[] scores, int lateIndex) {
        for (int i = 0; i < scores.length; i++) {
            Assignment assignment = essays.get(i);
            Instant submitted = assignment.getDueAt().plus(Duration.ofDays(i == lateIndex ? 1 : -2));
            Submission submission = submit(enrollment, assignment, submitted);
            move(submission, SubmissionStatus.IN_MARKING);
            move(submission, SubmissionStatus.READY_FOR_RELEASE);
            Instant released = assignment.getCutoffAt().plus(Duration.ofDays(5));
            SubmissionStatus from = submission.release(
                    BigDecimal.valueOf(scores[i]),
                    scores[i] >= 60 ? SubmissionResult.PASS : SubmissionResult.FAIL,
                    released);
            audit.transition(
                    null, SubmissionService.SUBJECT, submission.getId(), from, submission.getStatus(), "demo data");
        }
    }

    private void submitOpenEssay(Enrollment enrollment, Offering open) {
        Instant now = clock.instant();
        assignments.ofOffering(open.getId()).stream()
                .filter(a -> a.deadlines().timingAt(now) == edu.aum.course.essay.entity.Timing.ON_TIME)
                .findFirst()
                .ifPresent(a -> submit(enrollment, a, now));
    }

    private Submission submit(Enrollment enrollment, Assignment assignment, Instant at) {
        Submission submission = new Submission(assignment, enrollment, at);
        em.persist(submission);
        String html = ESSAY.repeat(6);
        submission.submit(html, WordCounter.countHtml(html), assignment.deadlines(), assignment.getWords(), at);
        enrollment.recordSubmission(at);
        em.flush(); // IDENTITY: the id is known from here on
        audit.transition(
                enrollment.getStudent().getId(),
                SubmissionService.SUBJECT,
                submission.getId(),
                SubmissionStatus.DRAFT,
                SubmissionStatus.SUBMITTED,
                "demo data");
        return submission;
    }

    private void move(Submission submission, SubmissionStatus next) {
        SubmissionStatus from = submission.moveTo(next);
        audit.transition(null, SubmissionService.SUBJECT, submission.getId(), from, next, "demo data");
    }
}
