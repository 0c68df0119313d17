package edu.aum.course.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.grading.api.Review;
import edu.aum.course.notification.api.OutboxHealth;
import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.report.control.Report;
import edu.aum.course.report.control.ReportPeriod;
import edu.aum.course.report.control.ReportService;
import edu.aum.course.report.control.Series;
import edu.aum.course.report.control.Turnaround;
import edu.aum.course.report.control.Weeks;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.testsupport.SqlCount;
import edu.aum.course.university.api.University;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dashboards' figures on the real schema, from rows this test makes at known times: enrollments a week by
 * university, essays on time and late, the marking turnaround's median and 90th percentile, certificates issued and
 * revoked, the outbox's waiting, failed and oldest waiting; each in its week (Moscow's), in a few queries.
 */
class ReportServiceIT {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** Two weeks before the tier's start (a Monday, 12:00 in Moscow): week 9 of the last 12; the start is week 11. */
    static final Instant T0 = ServiceTier.START.minus(Duration.ofDays(14));

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    ReportService reports;
    Offering offering;
    University first;
    University second;
    Enrollment anna;
    Enrollment boris;

    @BeforeEach
    void seed() {
        reports = tier.service(ReportService.class);
        tier.clock().set(T0);
        offering = data.offering(null, 1);
        first = data.university(true);
        second = data.university(false);
        Account marker = data.instructor("Marker", offering);
        Account a = data.student("Anna");
        Account b = data.student("Boris");
        Account c = data.student("Clara");
        Account d = data.student("Dmitry");
        anna = data.enroll(a, offering, first);
        Assignment essay = data.assignment(offering, true); // due T0 + 2 days
        tier.clock().set(T0.plus(Duration.ofHours(1)));
        boris = data.enroll(b, offering, second);
        data.enroll(c, offering, second);
        Review ofAnna = data.submit(a, essay, 10);
        tier.clock().set(T0.plus(Duration.ofHours(2)));
        Review ofBoris = data.submit(b, essay, 10);
        tier.clock().set(T0.plus(Duration.ofHours(6)));
        data.release(marker, ofAnna, "8", SubmissionResult.PASS); // 5 hours
        tier.clock().set(T0.plus(Duration.ofHours(32)));
        data.release(marker, ofBoris, "7", SubmissionResult.PASS); // 30 hours
        tier.clock().set(T0.plus(Duration.ofDays(3)));
        Review ofClara = data.submit(c, essay, 10); // late: after the due day, before the cut-off
        tier.clock().set(T0.plus(Duration.ofDays(3)).plus(Duration.ofHours(50)).plus(Duration.ofMinutes(59)));
        data.release(marker, ofClara, "6", SubmissionResult.PASS); // 50 hours (and 59 minutes)
        tier.clock().set(ServiceTier.START);
        data.enroll(d, offering, second);
        Certificate annas = certificate(anna);
        certificate(boris).revoke(data.setUp(), "Plagiarism.", null, ServiceTier.START.plus(Duration.ofHours(1)));
        tier.em().flush();
        assertTrue(annas.getId() != null);
    }

    private Certificate certificate(Enrollment enrollment) {
        Certificate certificate = new Certificate(
                new Certificate.Issued(
                        data.unique("S"),
                        "Holder",
                        "Course",
                        "Курс",
                        offering.getSchedule().getStartsOn(),
                        offering.getSchedule().getEndsOn(),
                        "default"),
                enrollment,
                data.setUp(),
                new byte[] {1, 2, 3},
                "0".repeat(64),
                tier.clock().instant());
        tier.em().persist(certificate);
        return certificate;
    }

    private Report lastTwelveWeeks() {
        return reports.report(Weeks.last(12, LocalDate.of(2031, 3, 5), MOSCOW), offering.getId());
    }

    @Test
    void theLastTwelveWeeksStartElevenMondaysBeforeThisOne() {
        Weeks weeks = lastTwelveWeeks().weeks();
        assertEquals(LocalDate.of(2030, 12, 16), weeks.firstMonday());
        assertEquals(Instant.parse("2030-12-15T21:00:00Z"), weeks.from());
        assertEquals(Instant.parse("2031-03-09T21:00:00Z"), weeks.to());
        assertEquals(9, weeks.index(LocalDate.of(2031, 2, 23)));
        assertEquals(-1, weeks.index(LocalDate.of(2031, 3, 10)));
    }

    @Test
    void enrollmentsCountAWeekByUniversityTheLargestFirst() {
        List<Series> series = lastTwelveWeeks().enrollments();
        assertEquals(2, series.size());
        assertEquals(second.getNameEn(), series.get(0).name(Language.EN));
        assertEquals(second.getNameRu(), series.get(0).name(Language.RU));
        assertArrayEquals(weeks(9, 2, 11, 1), series.get(0).counts());
        assertEquals(first.getNameEn(), series.get(1).nameEn());
        assertArrayEquals(weeks(9, 1), series.get(1).counts());
        assertEquals(4, lastTwelveWeeks().enrolled());
    }

    @Test
    void pastTheFiveLargestUniversitiesTheOthersAreOneLine() {
        List<University> more = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            University university = data.university(false);
            more.add(university);
            data.enroll(data.student("Student " + (char) ('A' + i)), offering, university);
        }
        List<Series> series = lastTwelveWeeks().enrollments();
        assertEquals(6, series.size());
        assertEquals(second.getNameEn(), series.get(0).nameEn()); // 3
        assertEquals(first.getNameEn(), series.get(1).nameEn()); // 1, the oldest of those with 1
        assertEquals(more.get(0).getNameEn(), series.get(2).nameEn());
        assertEquals(more.get(2).getNameEn(), series.get(4).nameEn());
        assertTrue(series.get(5).isTheRest());
        assertArrayEquals(weeks(11, 2), series.get(5).counts()); // the last two of the new ones
        assertEquals(9, series.stream().mapToLong(Series::total).sum());
    }

    @Test
    void essaysCountOnTimeAndLateInTheWeekTheyCameIn() {
        Report report = lastTwelveWeeks();
        assertArrayEquals(weeks(9, 2), report.onTime());
        assertArrayEquals(weeks(9, 1), report.late());
    }

    @Test
    void turnaroundIsTheMedianAndNinetiethPercentileOfWholeHoursByTheWeekOfRelease() {
        List<Turnaround> turnaround = lastTwelveWeeks().turnaround();
        assertEquals(new Turnaround(3, 30L, 50L), turnaround.get(9));
        assertEquals(Turnaround.NONE, turnaround.get(10));
        assertEquals(3, lastTwelveWeeks().released());
    }

    @Test
    void certificatesCountIssuedAndRevokedInTheirWeeks() {
        Report report = lastTwelveWeeks();
        assertArrayEquals(weeks(11, 2), report.issued());
        assertArrayEquals(weeks(11, 1), report.revoked());
    }

    @Test
    void aWeekOutsideThePeriodIsNotCounted() {
        Report report = reports.report(Weeks.last(1, LocalDate.of(2031, 3, 5), MOSCOW), offering.getId());
        assertArrayEquals(new long[] {0}, report.onTime());
        assertArrayEquals(new long[] {2}, report.issued());
        assertEquals(1, report.enrolled());
    }

    @Test
    void allOfferingsCountTheseRowsToo() {
        Report report = reports.report(Weeks.last(12, LocalDate.of(2031, 3, 5), MOSCOW), null);
        assertTrue(report.submittedLate() >= 1);
        assertTrue(report.issuedCount() >= 2);
        assertTrue(report.enrolled() >= 4);
    }

    @Test
    void theTermRunsFromTheWeekEnrollmentOpensToTheWeekTheOfferingEnds() {
        Weeks term = ReportPeriod.TERM.weeks(LocalDate.of(2031, 3, 5), MOSCOW, offering.getSchedule());
        // opened a week before T0 (Monday 10 February), ends 120 days after T0 (Tuesday 17 June)
        assertEquals(LocalDate.of(2031, 2, 10), term.firstMonday());
        assertEquals(LocalDate.of(2031, 6, 23), term.end());
        Report report = reports.report(term, offering.getId());
        assertEquals(3, report.released());
        assertEquals(2, report.issuedCount());
    }

    @Test
    void aPageCostsTheSameFewQueriesWhateverTheRows() {
        var counted = SqlCount.of(this::lastTwelveWeeks);
        assertTrue(counted.statements() <= 8, counted.statements() + " statements");
    }

    @Test
    void theOutboxSaysHowManyWaitAndFailedAndSinceWhenTheOldestWaits() {
        OutboxHealth health = tier.service(OutboxHealth.class);
        OutboxHealth.Figures before = health.now();
        Instant old = Instant.parse("2001-02-03T04:05:06Z");
        tier.em().persist(new OutboxMessage("a@tier.test", "A", Language.EN, "test", "S", "B", old));
        OutboxMessage failing = new OutboxMessage("b@tier.test", "B", Language.EN, "test", "S", "B", old);
        tier.em().persist(failing);
        tier.em()
                .persist(new OutboxMessage(
                        "c@tier.test",
                        "C",
                        Language.EN,
                        "test",
                        "S",
                        "B",
                        tier.clock().instant()));
        tier.em().flush();
        tier.em()
                .createNativeQuery("UPDATE mail_outbox SET status = 'FAILED' WHERE id = ?")
                .setParameter(1, failing.getId())
                .executeUpdate();
        OutboxHealth.Figures after = health.now();
        assertEquals(before.waiting() + 2, after.waiting());
        assertEquals(before.failed() + 1, after.failed());
        assertEquals(old, after.oldestWaitingSince());
        assertEquals(after, lastTwelveWeeks().outbox());
    }

    /** Twelve weeks with these counts in these weeks: (week, count, week, count, ...). */
    private static long[] weeks(int... weekAndCount) {
        long[] counts = new long[12];
        for (int i = 0; i < weekAndCount.length; i += 2) {
            counts[weekAndCount[i]] = weekAndCount[i + 1];
        }
        return counts;
    }
}
