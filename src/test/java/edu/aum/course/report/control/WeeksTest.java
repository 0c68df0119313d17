package edu.aum.course.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.aum.course.enrollment.api.Schedule;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** ISO weeks (Monday to Sunday) of a period, and the days folded into them. */
class WeeksTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void theLastWeeksEndWithTheWeekOfToday() {
        Weeks weeks = Weeks.last(12, LocalDate.of(2026, 12, 6), MOSCOW); // a Sunday
        assertEquals(LocalDate.of(2026, 9, 14), weeks.firstMonday());
        assertEquals(LocalDate.of(2026, 12, 7), weeks.end());
        assertEquals(12, weeks.starts().size());
        assertEquals(11, weeks.index(LocalDate.of(2026, 12, 6)));
        assertEquals(0, weeks.index(LocalDate.of(2026, 9, 20)));
        assertEquals(-1, weeks.index(LocalDate.of(2026, 9, 13)));
        assertEquals(180, weeks.offsetMinutes());
    }

    @Test
    void aTermCoversTheWeeksFromEnrollmentToItsLastDay() {
        Schedule term = new Schedule(
                LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 5, 31),
                LocalDate.of(2027, 1, 13),
                LocalDate.of(2027, 2, 8));
        Weeks weeks = ReportPeriod.TERM.weeks(LocalDate.of(2026, 12, 6), MOSCOW, term);
        assertEquals(LocalDate.of(2027, 1, 11), weeks.firstMonday());
        assertEquals(LocalDate.of(2027, 6, 7), weeks.end());
        assertEquals(21, weeks.count());
    }

    @Test
    void anEndedTermRunsOnToThisWeekForTheCertificatesIssuedAfterIt() {
        Schedule term = new Schedule(
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 8, 20),
                LocalDate.of(2026, 9, 8));
        Weeks weeks = ReportPeriod.TERM.weeks(LocalDate.of(2026, 12, 6), MOSCOW, term);
        assertEquals(LocalDate.of(2026, 8, 17), weeks.firstMonday());
        assertEquals(LocalDate.of(2026, 12, 7), weeks.end());
    }

    @Test
    void aTermWithoutAnOfferingIsTheLastTwelveWeeks() {
        assertEquals(
                Weeks.last(12, LocalDate.of(2026, 12, 6), MOSCOW),
                ReportPeriod.TERM.weeks(LocalDate.of(2026, 12, 6), MOSCOW, null));
    }

    @Test
    void weeksStartOnAMondayAndAreBounded() {
        assertThrows(IllegalArgumentException.class, () -> new Weeks(LocalDate.of(2026, 12, 6), 1, MOSCOW));
        assertThrows(IllegalArgumentException.class, () -> new Weeks(LocalDate.of(2026, 12, 7), 0, MOSCOW));
        assertEquals(
                Weeks.MAX,
                Weeks.covering(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), MOSCOW)
                        .count());
    }
}
