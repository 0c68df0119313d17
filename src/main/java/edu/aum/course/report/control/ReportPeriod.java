package edu.aum.course.report.control;

import edu.aum.course.enrollment.api.Schedule;
import java.time.LocalDate;
import java.time.ZoneId;

/** The weeks the dashboards cover: the last so many up to this one, or an offering's term. */
public enum ReportPeriod {
    WEEKS_12,
    WEEKS_26,
    WEEKS_52,
    /**
     * From the week enrollment opens to the week the offering ends, or to this week once it has ended: certificates
     * are issued after the end (needs an offering).
     */
    TERM;

    /** The weeks of this period; TERM without an offering's schedule is the last 12 weeks. */
    public Weeks weeks(LocalDate today, ZoneId zone, Schedule term) {
        return switch (this) {
            case WEEKS_26 -> Weeks.last(26, today, zone);
            case WEEKS_52 -> Weeks.last(52, today, zone);
            case TERM ->
                term == null
                        ? Weeks.last(12, today, zone)
                        : Weeks.covering(
                                term.getOpensOn().isBefore(term.getStartsOn()) ? term.getOpensOn() : term.getStartsOn(),
                                term.getEndsOn().isBefore(today) ? today : term.getEndsOn(),
                                zone);
            default -> Weeks.last(12, today, zone);
        };
    }
}
