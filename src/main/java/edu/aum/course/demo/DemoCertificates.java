package edu.aum.course.demo;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import edu.aum.course.certificate.control.CertificateWorks;
import edu.aum.course.certificate.control.Issuing;
import edu.aum.course.certificate.control.Serials;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.api.WordCounter;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.HomeUniversity;
import edu.aum.course.university.api.University;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode's certificates: last year's offering of the seed course gets its four essays and a class of
 * students whose essays were marked and released (through the entities' own moves: submit, moveTo,
 * release), some eligible and some not (and why), one whose name the template's font cannot draw, and one
 * certificate already issued to student@demo.edu (a Cyrillic name), so verification can be tried at once.
 */
@Stateless
public class DemoCertificates {

    private static final Logger LOG = Logger.getLogger(DemoCertificates.class.getName());
    private static final String PASSWORD = "student-demo-3";

    /** A demo student of the past offering: which of the four essays passed (P), failed (F) or were not released (-). */
    record Student(String email, String fullName, Language language, String essays) {}

    static final List<Student> CLASS = List.of(
            new Student("student@demo.edu", "Анна Петрова", Language.RU, "PPPP"),
            new Student("student2@demo.edu", "Иван Смирнов", Language.EN, "PPPP"),
            new Student("emily.carter@demo.edu", "Emily Carter", Language.EN, "PPPP"),
            new Student("dmitry.belov@demo.edu", "Дмитрий Белов", Language.RU, "PPPP"),
            new Student("olivia.bennett@demo.edu", "Olivia Bennett", Language.EN, "PPPP"),
            new Student("ekaterina.sokolova@demo.edu", "Екатерина Соколова", Language.RU, "PPPP"),
            new Student("michael.obrien@demo.edu", "Michael O'Brien", Language.EN, "PPPP"),
            new Student("zoe.muller@demo.edu", "Zoë Müller", Language.EN, "PPPP"),
            new Student("alexei.zaitsev@demo.edu", "Алексей Зайцев", Language.RU, "PPPP"),
            new Student("sophia.ramirez@demo.edu", "Sophia Ramírez", Language.EN, "PPPP"),
            new Student("maria.kuznetsova@demo.edu", "Мария Кузнецова", Language.RU, "PPPP"),
            new Student("james.whitaker@demo.edu", "James Whitaker", Language.EN, "PPPP"),
            new Student("olga.fedorova@demo.edu", "Ольга Фёдорова", Language.RU, "PPPP"),
            new Student("daniel.fischer@demo.edu", "Daniel Fischer", Language.EN, "PPPP"),
            new Student("nikolai.orlov@demo.edu", "Николай Орлов", Language.RU, "PPPP"),
            new Student("grace.liu@demo.edu", "Grace Liu", Language.EN, "PPPP"),
            new Student("li.wei@demo.edu", "李伟", Language.EN, "PPPP"),
            new Student("minjun.kim@demo.edu", "김민준", Language.EN, "PPPP"),
            new Student("hanako.sato@demo.edu", "佐藤 花子", Language.EN, "PPPP"),
            // eligible, but Arabic script cannot be printed yet: the dry run says so and "Choose all" skips her
            new Student("layla.haddad@demo.edu", "ليلى حداد", Language.EN, "PPPP"),
            new Student("sergei.popov@demo.edu", "Сергей Попов", Language.RU, "PPPF"),
            new Student("hannah.brooks@demo.edu", "Hannah Brooks", Language.EN, "PP--"),
            new Student("pavel.lebedev@demo.edu", "Павел Лебедев", Language.RU, "P---"));

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    EnrollmentService enrollments;

    @Inject
    Issuing issuing;

    @Inject
    CertificateWorks works;

    /** Once: the past offering of the seed course gets its essays, class and first certificate. */
    public void load(Offering past, University university, Instant now) {
        if (!em.createQuery("SELECT a FROM Assignment a WHERE a.offering = :o", Assignment.class)
                .setParameter("o", past)
                .getResultList()
                .isEmpty()) {
            return;
        }
        List<Assignment> essays = assignments(past, now);
        int number = 1000;
        for (Student student : CLASS) {
            Enrollment enrollment = enroll(past, university, student, "DEMO-" + (++number));
            for (int i = 0; i < essays.size(); i++) {
                char outcome = student.essays().charAt(i);
                if (outcome != '-') {
                    released(
                            essays.get(i),
                            enrollment,
                            outcome == 'P',
                            student.fullName().length() + i);
                }
            }
        }
        em.flush();
        issueFirst(past);
        LOG.info("Demo certificates: " + CLASS.size()
                + " students in last year's offering; student@demo.edu has a certificate");
    }

    private List<Assignment> assignments(Offering past, Instant now) {
        Instant start = past.getSchedule().getStartsOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        return java.util.stream.IntStream.range(0, DemoEssays.ALL.size())
                .mapToObj(i -> {
                    Instant opens = start.plus(Duration.ofDays(14L * i));
                    Assignment assignment = new Assignment(
                            past,
                            DemoEssays.ALL.get(i).text(),
                            new Deadlines(opens, opens.plus(Duration.ofDays(12)), opens.plus(Duration.ofDays(14))),
                            DemoEssays.ALL.get(i).words(),
                            true,
                            now);
                    em.persist(assignment);
                    return assignment;
                })
                .toList();
    }

    private Enrollment enroll(Offering past, University university, Student student, String studentNumber) {
        Account account = accounts.findByEmail(student.email())
                .orElseGet(() -> accounts.create(
                        student.email(),
                        student.fullName(),
                        PASSWORD.toCharArray(),
                        student.language(),
                        EnumSet.of(Role.STUDENT)));
        return enrollments.enrollOnBehalf(
                account.getId(), past.getId(), new HomeUniversity(university.getId(), null, null), studentNumber);
    }

    /** Submitted before its due time, marked and released a week after it (the grading feature's moves). */
    private void released(Assignment assignment, Enrollment enrollment, boolean pass, int seed) {
        Instant submitted = assignment.getDueAt().minus(Duration.ofHours(20 + seed % 30));
        Submission submission = new Submission(assignment, enrollment, assignment.getOpensAt());
        String html = DemoEssayText.html(assignment.getTitleEn(), seed);
        submission.submit(html, WordCounter.countHtml(html), assignment.deadlines(), assignment.getWords(), submitted);
        enrollment.recordSubmission(submitted);
        submission.moveTo(SubmissionStatus.IN_MARKING);
        submission.moveTo(SubmissionStatus.READY_FOR_RELEASE);
        BigDecimal score = BigDecimal.valueOf(pass ? 70 + seed % 25 : 40 + seed % 15);
        submission.release(
                score,
                pass ? SubmissionResult.PASS : SubmissionResult.FAIL,
                assignment.getDueAt().plus(Duration.ofDays(7)));
        em.persist(submission);
    }

    /** student@demo.edu's certificate, issued as a batch would (rendered, signed, stored, audited; no e-mail). */
    private void issueFirst(Offering past) {
        Enrollment anna = em.createQuery(
                        "SELECT e FROM Enrollment e WHERE e.offering = :o AND e.student.email = :email",
                        Enrollment.class)
                .setParameter("o", past)
                .setParameter("email", CLASS.get(0).email())
                .getSingleResult();
        var data = issuing.data(anna, Serials.next());
        byte[] pdf = works.engine().issue(past.getCertificateTemplate(), data);
        issuing.record(anna, data, past.getCertificateTemplate(), pdf, null, false, "demo data");
    }
}
