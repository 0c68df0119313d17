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
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.grading.control.CommentBankService;
import edu.aum.course.grading.control.QueueService;
import edu.aum.course.grading.control.RubricService;
import edu.aum.course.grading.control.StandardRubric;
import edu.aum.course.grading.entity.CommentLanguage;
import edu.aum.course.platform.HistoryClock;
import edu.aum.course.platform.cluster.StartupWork;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.platform.health.StartupGuard;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.HomeUniversity;
import edu.aum.course.university.api.UniversityService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Demo grading, once (when the seed course has no rubric yet): the standard rubric for both offerings of
 * the seed course, a second instructor, two more students, essays waiting in the marking queue of the
 * open offering (one assignment blind-marked, one essay much like another), and last year's offering
 * with a short essay marked and released for each student, Anna Petrova (student@demo.edu) included. The
 * second instructor teaches this year's offering only (John Miller both): the teaching teams' rule.
 * Each step is its own transaction, as a person's clicks would be.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@TransactionManagement(TransactionManagementType.BEAN)
@Interceptors(StartupGuard.class)
public class DemoGrading {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DemoGrading.class.getName());

    /** Extra demo accounts (the README lists them). */
    static final List<DemoData.DemoAccount> ACCOUNTS = List.of(
            new DemoData.DemoAccount(
                    Role.INSTRUCTOR, "instructor2@demo.edu", "instructor-demo-2", "Елена Морозова", Language.RU),
            new DemoData.DemoAccount(Role.STUDENT, "student3@demo.edu", "student-demo-3", "Emily Carter", Language.EN),
            new DemoData.DemoAccount(
                    Role.STUDENT, "student4@demo.edu", "student-demo-4", "Ольга Соколова", Language.RU));

    /** John's comments on Anna's released essay: one across the bold "Crimean War", two more. */
    static final List<DemoHistory.Comment> ANNAS_COMMENTS = List.of(
            new DemoHistory.Comment(
                    "After the Crimean War the treasury was empty",
                    "Верно: продажу трудно понять без итогов Крымской войны. Насколько велик был долг казны?"),
            new DemoHistory.Comment("\"Seward's folly\"", "Укажите, кто и когда впервые так назвал покупку."),
            new DemoHistory.Comment(
                    "some people even claim that Alaska was only leased",
                    "Хорошее наблюдение; приведите пример такого утверждения и его источник."));

    /** John's bank for the seed course: text and language, in the order they were added. */
    static final java.util.Map<String, CommentLanguage> BANK = new java.util.LinkedHashMap<>();

    static {
        BANK.put("Cite at least one source for this claim.", CommentLanguage.EN);
        BANK.put("A good point: develop it with an example.", CommentLanguage.EN);
        BANK.put("Приведите хотя бы один источник для этого утверждения.", CommentLanguage.RU);
        BANK.put("Хорошая мысль — разверните её на примере.", CommentLanguage.RU);
        BANK.put("See the course reader, chapter 3 / См. хрестоматию курса, глава 3.", CommentLanguage.ANY);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    CourseService courses;

    @Inject
    UniversityService universities;

    @Inject
    EnrollmentService enrollments;

    @Inject
    AssignmentService assignments;

    @Inject
    SubmissionService submissions;

    @Inject
    RubricService rubrics;

    @Inject
    QueueService queue;

    @Inject
    CommentBankService commentBank;

    @Inject
    DemoHistory history;

    @Inject
    DemoCertificates demoCertificates;

    @Inject
    HistoryClock historyClock;

    @Inject
    Settings settings;

    @Inject
    StartupWork startup;

    /** In turn with other instances starting at once on the same database (StartupWork): each finds what is made. */
    @PostConstruct
    void load() {
        if (settings.demoData()) {
            startup.inTurn("demo grading", this::seed);
        }
    }

    private void seed() {
        ACCOUNTS.forEach(demo -> {
            if (accounts.findByEmail(demo.email()).isEmpty()) {
                accounts.create(
                        demo.email(),
                        demo.fullName(),
                        demo.password().toCharArray(),
                        demo.language(),
                        EnumSet.of(demo.role()));
            }
        });
        List<Offering> seed = courses.offerings().stream()
                .filter(o -> o.getCourse().getCode().equals(DemoData.SEED_COURSE))
                .toList();
        LocalDate today = LocalDate.now(clock);
        Optional<Offering> open =
                seed.stream().filter(o -> o.isEnrollmentOpenOn(today)).findFirst();
        Optional<Offering> past = seed.stream()
                .filter(o -> o.getSchedule().getEndsOn().isBefore(today))
                .findFirst();
        if (open.isEmpty()
                || past.isEmpty()
                || !rubrics.ofOffering(open.get().getId()).isEmpty()) {
            return;
        }
        long admin = id("admin@demo.edu");
        rubrics.save(
                admin,
                new RubricService.Draft(
                        null, 0, open.get().getId(), null, StandardRubric.NAME, StandardRubric.CRITERIA));
        if (rubrics.ofOffering(past.get().getId()).isEmpty()) { // else the certificates' demo made it
            rubrics.save(
                    admin,
                    new RubricService.Draft(
                            null, 0, past.get().getId(), null, StandardRubric.NAME, StandardRubric.CRITERIA));
        }
        long john = id("instructor@demo.edu");
        long elena = id("instructor2@demo.edu");
        DemoData.team(courses, admin, open.get().getId(), List.of(john, elena));
        openOffering(open.get(), admin);
        DemoData.team(courses, admin, past.get().getId(), List.of(john, elena)); // she marked last year's too
        pastOffering(past.get(), admin);
        // this year she teaches only the open offering: last year's essays, hers too, are now John's and the admins'
        DemoData.team(courses, admin, past.get().getId(), List.of(john));
        demoCertificates.issueFirst(past.get()); // after Anna's essays: the certificate completes her enrollment
    }

    /** Essays waiting in the queue: two on the first assignment (much alike), one on a blind-marked one. */
    private void openOffering(Offering offering, long admin) {
        List<Assignment> list = assignments.ofOffering(offering.getId());
        Assignment rivalry = find(list, "From Rapprochement");
        Assignment armsControl = find(list, "Arms Control");
        if (rivalry == null || armsControl == null) {
            return;
        }
        var settings = rubrics.settings(armsControl.getId());
        rubrics.saveSettings(
                admin, armsControl.getId(), settings.getVersion(), settings.getPassMark(), true, settings.getMarkBy());
        // the first essays are to be marked within a week of their due time: the instructors' homes show the date
        var first = rubrics.settings(rivalry.getId());
        rubrics.saveSettings(
                admin,
                rivalry.getId(),
                first.getVersion(),
                first.getPassMark(),
                first.isBlind(),
                rivalry.getDueAt().plus(Duration.ofDays(7)));
        long ivan = enroll("student2@demo.edu", offering, DemoData.MSU, "MSU-2026-118");
        long emily = enroll("student3@demo.edu", offering, DemoData.AUM, "AUM-5521");
        long olga = enroll("student4@demo.edu", offering, DemoData.MEPHI, "М-24-301");
        submit(ivan, rivalry, "e1.txt");
        submit(emily, rivalry, "e2.txt");
        submit(olga, armsControl, "e3.txt");
    }

    private void submit(long student, Assignment assignment, String text) {
        try {
            submissions.submit(student, assignment.getId(), html(text), true);
        } catch (RuntimeException refused) { // e.g. the demo assignments of an older start have closed meanwhile
            LOG.warning(() -> "Demo grading: " + text + " not submitted: " + refused);
        }
    }

    /** Last year's offering: a short essay by each student, marked by the instructors and released. */
    private void pastOffering(Offering offering, long admin) {
        Instant start = offering.getSchedule().getStartsOn().atTime(12, 0).toInstant(ZoneOffset.UTC);
        Deadlines deadlines = new Deadlines(
                start.plus(Duration.ofDays(14)), start.plus(Duration.ofDays(28)), start.plus(Duration.ofDays(31)));
        Assignment alaska = historyClock.at(
                start.minus(Duration.ofDays(1)),
                () -> assignments.add(
                        admin,
                        offering.getId(),
                        DemoEssays.SHORT_RESPONSE,
                        deadlines,
                        DemoEssays.shortResponseWords(),
                        true));
        long instructor = id("instructor@demo.edu");
        long instructor2 = id("instructor2@demo.edu");
        Instant submitted = deadlines.dueAt().minus(Duration.ofDays(2));
        long annas = history.submit(
                enroll("student@demo.edu", offering, DemoData.MSU, "MSU-2025-042"),
                alaska.getId(),
                html("p1.txt").replace("the Crimean War", "the <strong>Crimean War</strong>"),
                submitted);
        release(
                annas,
                instructor,
                new int[] {0, 1, 0, 1},
                "<p>Хорошо аргументированный ответ: вы показываете мотивы обеих сторон и связываете память о продаже с "
                        + "более поздними отношениями.</p><p>Чтобы получить высший балл, приведите хотя бы один источник.</p>",
                ANNAS_COMMENTS);
        bank(instructor, annas);
        release(
                history.submit(
                        enroll("student3@demo.edu", offering, DemoData.AUM, "AUM-4410"),
                        alaska.getId(),
                        html("p2.txt"),
                        submitted.plusSeconds(3600)),
                instructor2,
                new int[] {1, 1, 1, 1},
                "<p>A clear and well-organised answer; the point about the native peoples of Alaska is a good one.</p>");
        release(
                history.submit(
                        enroll("student4@demo.edu", offering, DemoData.MEPHI, "М-23-117"),
                        alaska.getId(),
                        html("p3.txt"),
                        submitted.plusSeconds(7200)),
                instructor,
                new int[] {2, 3, 2, 2},
                "<p>Ответ слишком общий: назовите конкретные причины продажи и подкрепите их фактами.</p>");
    }

    /**
     * The instructor claims the essay, chooses a level per criterion (0 = the top one), writes the feedback and
     * decides a day after the cut-off; it is released three days later (DemoHistory, the product's services).
     */
    private void release(long reviewId, long instructor, int[] levelIndexes, String feedback) {
        release(reviewId, instructor, levelIndexes, feedback, List.of());
    }

    private void release(
            long reviewId, long instructor, int[] levelIndexes, String feedback, List<DemoHistory.Comment> comments) {
        Instant cutoff = queue.get(id("admin@demo.edu"), reviewId)
                .getSubmission()
                .getAssignment()
                .getCutoffAt();
        history.markAndRelease(
                reviewId,
                instructor,
                levelIndexes,
                feedback,
                comments,
                cutoff.plus(Duration.ofDays(1)),
                cutoff.plus(Duration.ofDays(4)));
    }

    /** John's comment bank for the seed course, in English, in Russian and for any language. */
    private void bank(long instructor, long reviewOfTheCourse) {
        BANK.forEach((text, language) -> commentBank.add(instructor, reviewOfTheCourse, language, text));
    }

    private long enroll(String email, Offering offering, String universityNameEn, String studentNumber) {
        long student = id(email);
        boolean enrolled = !em.createNamedQuery(Enrollment.FIND, Enrollment.class)
                .setParameter("offering", offering)
                .setParameter("student", em.getReference(Account.class, student))
                .getResultList()
                .isEmpty();
        if (enrolled) { // e.g. Anna, whom the certificates' demo put in last year's class
            return student;
        }
        Long university =
                universities.findByNameEn(universityNameEn).map(u -> u.getId()).orElse(null);
        HomeUniversity home = new HomeUniversity(university, null, null);
        if (offering.getSchedule().getEndsOn().isBefore(LocalDate.now(clock))) { // last year's: in its window
            return history.enroll(student, offering, home, studentNumber)
                    .getStudent()
                    .getId();
        }
        return enrollments
                .enrollOnBehalf(student, offering.getId(), home, studentNumber)
                .getStudent()
                .getId();
    }

    private long id(String email) {
        return accounts.findByEmail(email).map(Account::getId).orElseThrow();
    }

    private static Assignment find(List<Assignment> list, String titleStart) {
        return list.stream()
                .filter(a -> a.getTitleEn().startsWith(titleStart))
                .findFirst()
                .orElse(null);
    }

    /** A demo text: its paragraphs as the editor would send them. */
    static String html(String name) {
        try (InputStream in = DemoGrading.class.getResourceAsStream("grading/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.strip().split("\\R+"))
                    .map(p -> "<p>"
                            + p.strip()
                                    .replace("&", "&amp;")
                                    .replace("<", "&lt;")
                                    .replace(">", "&gt;") + "</p>")
                    .collect(Collectors.joining());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
