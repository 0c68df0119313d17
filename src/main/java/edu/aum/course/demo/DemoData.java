package edu.aum.course.demo;

import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.Course;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.api.Schedule;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.platform.cluster.StartupWork;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.platform.health.StartupGuard;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.University;
import edu.aum.course.university.api.UniversityService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode (DEMO_DATA=true, set by the run command): the seed course, its universities and offerings,
 * one account per role and a second student (so that a full offering can be shown). Each item is created only if missing, so restarts keep what people changed.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN) // each step commits on its own, as a person's clicks would
@Interceptors(StartupGuard.class)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final String AUM = "American University in Moscow";
    static final String MSU = "Lomonosov Moscow State University";
    public static final String SEED_COURSE = "USRR-101";
    static final String MEPHI = "National Research Nuclear University MEPhI";

    /** The demo accounts; the README lists the same. */
    /** A demo account; zone null: it reads the course's time (Moscow). */
    public record DemoAccount(
            Role role, String email, String password, String fullName, Language language, String zone) {
        DemoAccount(Role role, String email, String password, String fullName, Language language) {
            this(role, email, password, fullName, language, null);
        }
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(Role.STUDENT, "student@demo.edu", "student-demo-1", "Анна Петрова", Language.RU),
            new DemoAccount(
                    Role.STUDENT,
                    "student2@demo.edu",
                    "student-demo-2",
                    "Иван Смирнов",
                    Language.EN,
                    "America/New_York"),
            new DemoAccount(Role.INSTRUCTOR, "instructor@demo.edu", "instructor-demo-1", "John Miller", Language.EN),
            new DemoAccount(Role.ADMIN, "admin@demo.edu", "admin-demo-1", "Maria Ivanova", Language.EN),
            new DemoAccount(Role.PARTNER, "partner@demo.edu", "partner-demo-1", "Сергей Кузнецов", Language.RU));

    @Inject
    Settings settings;

    @Inject
    AccountService accounts;

    @Inject
    UniversityService universities;

    @Inject
    CourseService courses;

    @Inject
    AssignmentService assignments;

    @Inject
    Clock clock;

    @Inject
    DemoPartners partners;

    @Inject
    DemoCertificates demoCertificates;

    @Inject
    StartupWork startup;

    /** In turn with other instances starting at once on the same database (StartupWork): each finds what is made. */
    @PostConstruct
    void load() {
        if (settings.demoData()) {
            startup.inTurn("demo data", this::seed);
        }
    }

    private void seed() {
        university(AUM, "Американский университет в Москве", false);
        University msu = university(MSU, "Московский государственный университет имени М. В. Ломоносова", true);
        university(MEPHI, "Национальный исследовательский ядерный университет «МИФИ»", true);
        ACCOUNTS.forEach(demo -> account(demo, msu));
        seedCourse();
        seedTeams();
        seedAssignments();
        courses.offerings().stream()
                .filter(o -> o.getCourse().getCode().equals(SEED_COURSE)
                        && o.getSchedule().getEndsOn().isBefore(LocalDate.now(clock)))
                .findFirst()
                .ifPresent(past -> demoCertificates.load(past, msu, clock.instant()));
        // after the certificates' class, which gives last year's offering its four essays (the partners' demo reuses
        // them)
        partners.load(); // the partner feature's demo: a second partner university's staff, students and essays
        StringBuilder banner = new StringBuilder("Demo mode: sign in at /login.xhtml with");
        ACCOUNTS.forEach(demo -> banner.append(
                String.format("%n  %-10s %-22s password %s", demo.role(), demo.email(), demo.password())));
        LOG.info(banner::toString);
    }

    /** The seed course with one offering open for enrollment now and one from last year. */
    private void seedCourse() {
        if (courses.findCourseByCode(SEED_COURSE).isPresent()) {
            return;
        }
        Course course = courses.addCourse(
                SEED_COURSE,
                "U.S.-Russia Relations",
                "Российско-американские отношения",
                "The relations between the United States and Russia from the eighteenth century to today: diplomacy, "
                        + "the Cold War, arms control, trade and culture. Run by the American University in Moscow "
                        + "with partner departments at Moscow State University and MEPhI. You write an essay of about "
                        + "600 words every two weeks.",
                "Отношения США и России с XVIII века до наших дней: дипломатия, холодная война, контроль над "
                        + "вооружениями, торговля и культура. Курс ведёт Американский университет в Москве вместе "
                        + "с партнёрскими кафедрами МГУ и МИФИ. Раз в две недели вы пишете эссе объёмом около 600 слов.");
        LocalDate today = LocalDate.now(clock);
        courses.addOffering(
                course.getId(),
                new Schedule(today.plusDays(14), today.plusDays(120), today.minusDays(7), today.plusDays(30)),
                null,
                Offering.DEFAULT_ESSAYS_REQUIRED);
        courses.addOffering(
                course.getId(),
                new Schedule(
                        today.minusYears(1),
                        today.minusYears(1).plusDays(106),
                        today.minusYears(1).minusDays(21),
                        today.minusYears(1).plusDays(7)),
                60,
                Offering.DEFAULT_ESSAYS_REQUIRED);
    }

    /**
     * John Miller (instructor@demo.edu) teaches both offerings of the seed course, where their team is still
     * empty; DemoGrading puts the second instructor on this year's team only.
     */
    private void seedTeams() {
        long admin = accounts.findByEmail("admin@demo.edu").orElseThrow().getId();
        long john = accounts.findByEmail("instructor@demo.edu").orElseThrow().getId();
        courses.offerings().stream()
                .filter(o -> o.getCourse().getCode().equals(SEED_COURSE))
                .filter(o -> courses.team(o.getId()).isEmpty())
                .forEach(o -> team(courses, admin, o.getId(), List.of(john)));
    }

    /** The offering's teaching team becomes these instructors (as an admin sets it on the offering's page). */
    static void team(CourseService courses, long admin, long offeringId, List<Long> instructors) {
        courses.changeTeam(admin, offeringId, courses.getOffering(offeringId).getVersion(), instructors);
    }

    /**
     * Four essays for the open offering of the seed course, if it has none: one open and due in a few
     * days, one due soon, one not yet open, and one past due but before its cut-off.
     */
    private void seedAssignments() {
        LocalDate today = LocalDate.now(clock);
        courses.offerings().stream()
                .filter(o -> o.getCourse().getCode().equals(SEED_COURSE) && o.isEnrollmentOpenOn(today))
                .findFirst()
                .filter(o -> assignments.ofOffering(o.getId()).isEmpty())
                .ifPresent(o -> DemoEssays.ALL.forEach(essay -> assignments.add(
                        accounts.findByEmail("admin@demo.edu").orElseThrow().getId(),
                        o.getId(),
                        essay.text(),
                        essay.deadlines(clock.instant().truncatedTo(ChronoUnit.HOURS)),
                        essay.words(),
                        true)));
    }

    private University university(String nameEn, String nameRu, boolean partner) {
        return universities.findByNameEn(nameEn).orElseGet(() -> universities.create(nameEn, nameRu, "RU", partner));
    }

    private void account(DemoAccount demo, University partnerUniversity) {
        if (accounts.findByEmail(demo.email()).isPresent()) {
            return;
        }
        char[] password = demo.password().toCharArray();
        if (demo.role() == Role.PARTNER) {
            accounts.createPartnerStaff(demo.email(), demo.fullName(), password, demo.language(), partnerUniversity);
        } else {
            accounts.create(demo.email(), demo.fullName(), password, demo.language(), EnumSet.of(demo.role()));
        }
        if (demo.zone() != null) {
            accounts.findByEmail(demo.email())
                    .ifPresent(account -> accounts.changeTimeZone(account.getId(), java.time.ZoneId.of(demo.zone())));
        }
    }
}
