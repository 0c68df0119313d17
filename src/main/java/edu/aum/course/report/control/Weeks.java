package edu.aum.course.report.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The weeks a report covers, Monday to Sunday (ISO weeks) in the pages' time zone: from the week of its first day
 * for so many weeks. Counted by day in SQL, the days are folded into these weeks here.
 */
public record Weeks(LocalDate firstMonday, int count, ZoneId zone) implements Serializable {

    /** More would make charts no one can read (two years). */
    public static final int MAX = 104;

    public Weeks {
        if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY || count < 1 || count > MAX) {
            throw new IllegalArgumentException("Weeks from " + firstMonday + " for " + count);
        }
    }

    /** The last so many weeks, this one (of today) included. */
    public static Weeks last(int count, LocalDate today, ZoneId zone) {
        return new Weeks(monday(today).minusWeeks(count - 1L), count, zone);
    }

    /** The weeks from the one of {@code from} to the one of {@code to} (at most MAX, the first ones). */
    public static Weeks covering(LocalDate from, LocalDate to, ZoneId zone) {
        long weeks = ChronoUnit.WEEKS.between(monday(from), monday(to)) + 1;
        return new Weeks(monday(from), (int) Math.max(1, Math.min(MAX, weeks)), zone);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate end() {
        return firstMonday.plusWeeks(count);
    }

    /** The first instant counted. */
    public Instant from() {
        return firstMonday.atStartOfDay(zone).toInstant();
    }

    /** The first instant no longer counted. */
    public Instant to() {
        return end().atStartOfDay(zone).toInstant();
    }

    public List<LocalDate> starts() {
        return IntStream.range(0, count).mapToObj(firstMonday::plusWeeks).toList();
    }

    /** The week a day falls in (0 is the first), or -1 outside the weeks. */
    public int index(LocalDate day) {
        if (day.isBefore(firstMonday) || !day.isBefore(end())) {
            return -1;
        }
        return (int) (ChronoUnit.DAYS.between(firstMonday, day) / 7);
    }

    /**
     * The zone's offset from UTC in minutes at the end of the period, by which SQL moves the stored UTC times
     * before taking their day (a change of summer time within the period moves an hour's events by a day at most).
     */
    public int offsetMinutes() {
        return zone.getRules().getOffset(to()).getTotalSeconds() / 60;
    }
}
