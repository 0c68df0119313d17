package edu.aum.course.demo;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import edu.aum.course.certificate.control.IssuanceService;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.grading.control.RubricService;
import edu.aum.course.grading.control.StandardRubric;
import edu.aum.course.platform.HistoryClock;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.HomeUniversity;
import edu.aum.course.university.api.University;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode's certificates: last year's offering of the seed course gets its four essays, the standard rubric
 * and a class of students who enrolled, submitted, and whose essays were marked against the rubric with feedback
 * and released, all through the product's services at the dates they happened (DemoHistory); some are eligible
 * and some not (and why), one has a name the template's font cannot draw, and student@demo.edu (a Cyrillic name)
 * gets a certificate through an administrator's batch, so verification can be tried at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each service call is a transaction of its own
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

    /** Levels chosen per criterion of the standard rubric (0 = Excellent ... 3 = Weak): passes (20 or more of 40). */
    private static final int[][] PASSES = {{0, 1, 1, 1}, {1, 1, 1, 1}, {0, 0, 1, 2}, {1, 2, 1, 1}, {0, 1, 0, 1}};
    /** ... and fails. */
    private static final int[][] FAILS = {{2, 3, 2, 2}, {2, 2, 3, 3}};

    private static final List<String> PASS_FEEDBACK_EN = List.of(
            "<p>A clear argument that weighs both governments' motives.</p><p>Name your sources more precisely.</p>",
            "<p>Well organised and convincing; the conclusion follows from the evidence you give.</p>",
            "<p>A solid essay. The middle section would gain from one concrete example per claim.</p>");
    private static final List<String> PASS_FEEDBACK_RU = List.of(
            "<p>Ясная аргументация, учитывающая мотивы обеих сторон.</p><p>Точнее указывайте источники.</p>",
            "<p>Хорошо выстроенное и убедительное эссе; вывод следует из приведённых фактов.</p>",
            "<p>Добротная работа. Средней части не хватает конкретного примера к каждому тезису.</p>");
    private static final String FAIL_FEEDBACK_EN =
            "<p>The essay retells events but does not answer the question.</p><p>State your thesis and support it.</p>";
    private static final String FAIL_FEEDBACK_RU =
            "<p>Эссе пересказывает события, но не отвечает на вопрос.</p><p>Сформулируйте тезис и обоснуйте его.</p>";

    @Inject
    AccountService accounts;

    @Inject
    AssignmentService assignments;

    @Inject
    RubricService rubrics;

    @Inject
    IssuanceService issuance;

    @Inject
    EnrollmentService enrollments;

    @Inject
    DemoHistory history;

    @Inject
    HistoryClock clock;

    /** Once: the past offering of the seed course gets its essays, rubric, class and first certificate. */
    public void load(Offering past, University university, Instant now) {
        if (!assignments.ofOffering(past.getId()).isEmpty()) {
            return;
        }
        long admin = id("admin@demo.edu");
        long instructor = id("instructor@demo.edu");
        List<Assignment> essays = assignments(past, admin);
        HomeUniversity home = new HomeUniversity(university.getId(), null, null);
        int number = 1000;
        for (Student student : CLASS) {
            history.enroll(account(student, past), past, home, "DEMO-" + (++number));
            for (int i = 0; i < essays.size(); i++) {
                char outcome = student.essays().charAt(i);
                if (outcome != '-') {
                    released(
                            essays.get(i),
                            student,
                            outcome == 'P',
                            student.fullName().length() + i,
                            instructor);
                }
            }
        }
        LOG.info("Demo certificates: " + CLASS.size() + " students in last year's offering");
    }

    /**
     * An administrator issues student@demo.edu's certificate as a batch (no e-mail), the product's way: eligibility
     * is checked and the PDF rendered in the background. Last, after her essays (DemoGrading): the certificate
     * completes the enrollment, which then takes no more essays.
     */
    public void issueFirst(Offering past) {
        long anna = id(CLASS.get(0).email());
        enrollments.ofStudent(anna).stream()
                .filter(e -> e.getOffering().getId().equals(past.getId()))
                .findFirst()
                .ifPresent(e -> issuance.start(id("admin@demo.edu"), past.getId(), List.of(e.getId()), false));
    }

    /** The four essays, one every two weeks from the start, set up (with the rubric) before the offering began. */
    private List<Assignment> assignments(Offering past, long admin) {
        Instant start = past.getSchedule().getStartsOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        return clock.at(start.minus(Duration.ofDays(30)), () -> {
            rubrics.save(
                    admin,
                    new RubricService.Draft(null, 0, past.getId(), null, StandardRubric.NAME, StandardRubric.CRITERIA));
            return java.util.stream.IntStream.range(0, DemoEssays.ALL.size())
                    .mapToObj(i -> {
                        Instant opens = start.plus(Duration.ofDays(14L * i));
                        return assignments.add(
                                admin,
                                past.getId(),
                                DemoEssays.ALL.get(i).text(),
                                new Deadlines(opens, opens.plus(Duration.ofDays(12)), opens.plus(Duration.ofDays(14))),
                                DemoEssays.ALL.get(i).words(),
                                true);
                    })
                    .toList();
        });
    }

    /** The student's account: made when they registered, three days before enrolling. */
    private long account(Student student, Offering past) {
        Instant registered = past.getSchedule()
                .getOpensOn()
                .atTime(10, 0)
                .toInstant(ZoneOffset.UTC)
                .minus(Duration.ofDays(2));
        return accounts.findByEmail(student.email())
                .orElseGet(() -> clock.at(
                        registered,
                        () -> accounts.create(
                                student.email(),
                                student.fullName(),
                                PASSWORD.toCharArray(),
                                student.language(),
                                EnumSet.of(Role.STUDENT))))
                .getId();
    }

    /** Submitted before its due time, marked three days after it and released a week after it. */
    private void released(Assignment assignment, Student student, boolean pass, int seed, long instructor) {
        Instant submitted = assignment.getDueAt().minus(Duration.ofHours(20 + seed % 30));
        long review = history.submit(
                id(student.email()), assignment.getId(), DemoEssayText.html(assignment.getTitleEn(), seed), submitted);
        int[] levels = pass ? PASSES[seed % PASSES.length] : FAILS[seed % FAILS.length];
        history.markAndRelease(
                review,
                instructor,
                levels,
                feedback(student.language(), pass, seed),
                assignment.getDueAt().plus(Duration.ofDays(3)),
                assignment.getDueAt().plus(Duration.ofDays(7)));
    }

    private static String feedback(Language language, boolean pass, int seed) {
        boolean ru = language == Language.RU;
        if (!pass) {
            return ru ? FAIL_FEEDBACK_RU : FAIL_FEEDBACK_EN;
        }
        List<String> texts = ru ? PASS_FEEDBACK_RU : PASS_FEEDBACK_EN;
        return texts.get(seed % texts.size());
    }

    private long id(String email) {
        return accounts.findByEmail(email).map(Account::getId).orElseThrow();
    }
}
