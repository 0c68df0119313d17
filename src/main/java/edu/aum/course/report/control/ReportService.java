package edu.aum.course.report.control;

import edu.aum.course.notification.api.OutboxHealth;
import edu.aum.course.university.api.UniversityService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboards' figures, read only: each chart is one native query over the features' tables that counts by day
 * (in SQL: GROUP BY day, portable to MySQL, MariaDB and H2), whose rows this folds into weeks; so a page costs the
 * same few queries whatever the number of rows. Optionally of one offering; the outbox is always the whole one.
 */
@Stateless
public class ReportService {

    /** The chart of enrollments names this many universities; the others are one line together. */
    static final int UNIVERSITIES = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    UniversityService universities;

    @Inject
    OutboxHealth outbox;

    public Report report(Weeks weeks, Long offeringId) {
        long[] onTime = new long[weeks.count()];
        long[] late = new long[weeks.count()];
        for (Object[] row : rows(essays(weeks, offeringId), weeks, offeringId)) {
            int week = weeks.index(day(row[0]));
            if (week >= 0) {
                (truth(row[1]) ? late : onTime)[week] += count(row[2]);
            }
        }
        return new Report(
                weeks,
                enrollments(weeks, offeringId),
                onTime,
                late,
                turnaround(weeks, offeringId),
                certificates(weeks, offeringId, "I"),
                certificates(weeks, offeringId, "R"),
                outbox.now());
    }

    private List<Series> enrollments(Weeks weeks, Long offeringId) {
        Map<Long, long[]> byUniversity = new HashMap<>();
        String sql = "SELECT t.d, t.u, COUNT(*) FROM (SELECT " + day(weeks, "e.enrolled_at")
                + " AS d, e.university_id AS u FROM enrollments e WHERE e.enrolled_at >= ? AND e.enrolled_at < ?"
                + (offeringId == null ? "" : " AND e.offering_id = ?") + ") t GROUP BY t.d, t.u";
        for (Object[] row : rows(sql, weeks, offeringId)) {
            int week = weeks.index(day(row[0]));
            if (week >= 0) {
                byUniversity.computeIfAbsent(count(row[1]), u -> new long[weeks.count()])[week] += count(row[2]);
            }
        }
        List<Map.Entry<Long, long[]>> largest = new ArrayList<>(byUniversity.entrySet());
        largest.sort(Comparator.comparingLong((Map.Entry<Long, long[]> e) -> -Report.sum(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        List<Series> series = new ArrayList<>();
        long[] rest = new long[weeks.count()];
        for (int i = 0; i < largest.size(); i++) {
            Map.Entry<Long, long[]> e = largest.get(i);
            if (i < UNIVERSITIES) {
                series.add(universities
                        .find(e.getKey())
                        .map(u -> new Series(u.getNameEn(), u.getNameRu(), e.getValue()))
                        .orElseGet(() -> new Series("#" + e.getKey(), "#" + e.getKey(), e.getValue())));
            } else {
                for (int w = 0; w < rest.length; w++) {
                    rest[w] += e.getValue()[w];
                }
            }
        }
        if (largest.size() > UNIVERSITIES) {
            series.add(Series.theRest(rest));
        }
        return series;
    }

    private static String essays(Weeks weeks, Long offeringId) {
        return "SELECT t.d, t.l, COUNT(*) FROM (SELECT " + day(weeks, "v.submitted_at")
                + " AS d, v.late AS l FROM submission_versions v"
                + (offeringId == null
                        ? ""
                        : " JOIN submissions s ON s.id = v.submission_id JOIN assignments a ON a.id = s.assignment_id")
                + " WHERE v.submitted_at >= ? AND v.submitted_at < ?"
                + (offeringId == null ? "" : " AND a.offering_id = ?") + ") t GROUP BY t.d, t.l";
    }

    /** Released essays by the day of release and the whole hours they took since the released version came in. */
    private List<Turnaround> turnaround(Weeks weeks, Long offeringId) {
        String sql = "SELECT t.d, t.h, COUNT(*) FROM (SELECT " + day(weeks, "s.released_at")
                + " AS d, FLOOR(TIMESTAMPDIFF(SECOND, r.submitted_at, s.released_at) / 3600) AS h"
                + " FROM submissions s JOIN reviews r ON r.id = s.released_review_id"
                + " WHERE s.released_at >= ? AND s.released_at < ?"
                + (offeringId == null ? "" : " AND r.offering_id = ?") + ") t GROUP BY t.d, t.h";
        List<Map<Long, Long>> hours = new ArrayList<>();
        for (int w = 0; w < weeks.count(); w++) {
            hours.add(new HashMap<>());
        }
        for (Object[] row : rows(sql, weeks, offeringId)) {
            int week = weeks.index(day(row[0]));
            if (week >= 0) {
                hours.get(week).merge(Math.max(0, count(row[1])), count(row[2]), Long::sum);
            }
        }
        return hours.stream().map(Turnaround::of).toList();
    }

    /** Certificates issued ("I", reissues included) or revoked ("R") a week, by the day it happened. */
    private long[] certificates(Weeks weeks, Long offeringId, String kind) {
        String column = "I".equals(kind) ? "c.issued_at" : "c.revoked_at";
        String sql = "SELECT t.d, COUNT(*) FROM (SELECT " + day(weeks, column) + " AS d FROM certificates c"
                + (offeringId == null ? "" : " JOIN enrollments e ON e.id = c.enrollment_id")
                + " WHERE " + column + " >= ? AND " + column + " < ?"
                + (offeringId == null ? "" : " AND e.offering_id = ?") + ") t GROUP BY t.d";
        long[] counts = new long[weeks.count()];
        for (Object[] row : rows(sql, weeks, offeringId)) {
            int week = weeks.index(day(row[0]));
            if (week >= 0) {
                counts[week] += count(row[1]);
            }
        }
        return counts;
    }

    /** The day in the pages' zone of a stored UTC time (its offset is a number this class computed, not input). */
    private static String day(Weeks weeks, String column) {
        return "CAST(TIMESTAMPADD(MINUTE, " + weeks.offsetMinutes() + ", " + column + ") AS DATE)";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Weeks weeks, Long offeringId) {
        Query query = em.createNativeQuery(sql)
                .setParameter(1, Timestamp.from(weeks.from()))
                .setParameter(2, Timestamp.from(weeks.to()));
        if (offeringId != null) {
            query.setParameter(3, offeringId);
        }
        return query.getResultList();
    }

    private static LocalDate day(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean truth(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value instanceof Number n ? n.intValue() != 0 : Boolean.parseBoolean(String.valueOf(value));
    }
}
