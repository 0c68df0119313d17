package edu.aum.course.testsupport;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.Course;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.api.Schedule;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.essay.api.EssaySubmitted;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.WordBounds;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.Intake;
import edu.aum.course.grading.control.QueueService;
import edu.aum.course.grading.control.ReleaseService;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.HomeUniversity;
import edu.aum.course.university.api.University;
import edu.aum.course.university.api.UniversityService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A test's own data for the service tier, made through the real services (entity constructors where a service
 * would need the container, as for accounts with passwords). Every name carries a tag unique to this test, so a
 * test finds its own rows among whatever else the database holds, and never collides with a unique key.
 */
public final class ServiceData {

    private final ServiceTier tier;
    /** Six letters and digits, e.g. "K3X9QZ". */
    private final String tag = Long.toString(ThreadLocalRandom.current().nextLong(60_466_176L, 2_176_782_336L), 36)
            .toUpperCase(Locale.ROOT);

    private int serial;
    private Account setUp;

    public ServiceData(ServiceTier tier) {
        this.tier = tier;
    }

    /** A name no other test uses, e.g. "TK3X9QZ7". */
    public String unique(String prefix) {
        return prefix + tag + ++serial;
    }

    public University university(boolean partner) {
        String name = unique("");
        return tier.service(UniversityService.class)
                .create("Tier University " + name, "Тестовый университет " + name, "RU", partner);
    }

    /** An offering open for enrollment today (by the tier's clock): since a week ago, for three more weeks. */
    public Offering offering(Integer capacity, int essaysRequired) {
        LocalDate today = LocalDate.now(tier.clock());
        return offering(
                new Schedule(today.plusDays(30), today.plusDays(120), today.minusDays(7), today.plusDays(21)),
                capacity,
                essaysRequired);
    }

    public Offering offering(Schedule schedule, Integer capacity, int essaysRequired) {
        CourseService courses = tier.service(CourseService.class);
        String code = unique("T");
        Course course = courses.addCourse(code, "Tier course " + code, "Тестовый курс " + code, "About it.", "О нём.");
        return courses.addOffering(course.getId(), schedule, capacity, essaysRequired);
    }

    public Account student(String fullName) {
        return student(fullName, Language.EN);
    }

    /** A student whose pages and mails are in this language. */
    public Account student(String fullName, Language language) {
        return persist(new Account(email(), fullName, "not-a-hash", language, EnumSet.of(Role.STUDENT), now()));
    }

    public Account admin(String fullName) {
        return persist(new Account(email(), fullName, "not-a-hash", Language.EN, EnumSet.of(Role.ADMIN), now()));
    }

    public Account instructor(String fullName) {
        return persist(new Account(email(), fullName, "not-a-hash", Language.EN, EnumSet.of(Role.INSTRUCTOR), now()));
    }

    /** An instructor on the teaching teams of these offerings. */
    public Account instructor(String fullName, Offering... teaches) {
        Account instructor = instructor(fullName);
        for (Offering offering : teaches) {
            teach(offering, instructor);
        }
        return instructor;
    }

    /** The instructor joins the offering's teaching team (an admin sets it). */
    public void teach(Offering offering, Account instructor) {
        CourseService courses = tier.service(CourseService.class);
        List<Long> team = new java.util.ArrayList<>(
                courses.team(offering.getId()).stream().map(Account::getId).toList());
        team.add(instructor.getId());
        courses.changeTeam(
                setUp().getId(),
                offering.getId(),
                courses.getOffering(offering.getId()).getVersion(),
                team);
    }

    /** The admin who sets things up for the tests (assignments, teams). */
    public Account setUp() {
        if (setUp == null) {
            setUp = admin("Set Up");
        }
        return setUp;
    }

    public Account partnerStaff(String fullName, University university) {
        return persist(Account.partnerStaff(email(), fullName, "not-a-hash", Language.RU, university, now()));
    }

    /** The student enrolls, naming the (listed) university, with a student number of their own. */
    public Enrollment enroll(Account student, Offering offering, University university) {
        return tier.service(EnrollmentService.class)
                .enroll(
                        student.getId(),
                        offering.getId(),
                        new HomeUniversity(university.getId(), null, null),
                        unique("N-"));
    }

    /** An essay of the offering, open since yesterday, due in two days, closed in five; 1 to 700 words. */
    public Assignment assignment(Offering offering, boolean countsForCertificate) {
        Instant now = now();
        String name = unique("");
        Deadlines deadlines = new Deadlines(
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(5)));
        return tier.service(AssignmentService.class)
                .add(
                        setUp().getId(),
                        offering.getId(),
                        new Assignment.Text("Essay " + name, "Эссе " + name, "Write about it.", "Напишите об этом."),
                        deadlines,
                        new WordBounds(1, 700),
                        countsForCertificate);
    }

    /**
     * The student submits an essay of so many words now (the tier's clock); like the application's observer,
     * Intake puts it in the marking queue. Answers its review.
     */
    public Review submit(Account student, Assignment assignment, int words) {
        SubmissionVersion version = tier.service(SubmissionService.class)
                .submit(student.getId(), assignment.getId(), "<p>" + "word ".repeat(words) + "</p>", true);
        tier.takeFired(EssaySubmitted.class).forEach(tier.service(Intake.class)::onSubmitted);
        return tier.em()
                .createNamedQuery(Review.LATEST_OF, Review.class)
                .setParameter("submission", version.getSubmission().getId())
                .getSingleResult();
    }

    /** Claimed by the marker, decided with this score and result, and released to the student. */
    public Submission release(Account marker, Review review, String score, SubmissionResult result) {
        tier.service(QueueService.class).claim(marker.getId(), review.getId());
        review.decide(new BigDecimal(score), result, now());
        tier.service(SubmissionService.class)
                .transition(
                        marker.getId(), review.getSubmission().getId(), SubmissionStatus.READY_FOR_RELEASE, "marked");
        tier.service(ReleaseService.class).release(marker.getId(), review.getId());
        return review.getSubmission();
    }

    private Account persist(Account account) {
        tier.em().persist(account);
        tier.em().flush(); // IDENTITY: the id is known from here on
        return account;
    }

    private String email() {
        return unique("person-").toLowerCase(Locale.ROOT) + "@tier.test";
    }

    private Instant now() {
        return tier.clock().instant();
    }
}
