package edu.aum.course.certificate.control;

import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.grading.api.BlindMarking;
import edu.aum.course.platform.i18n.Language;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The gradebook of an offering for its teaching team and the admins (CourseService.teaching; another team's
 * offering is not found): students by assignments, a page at a time in a constant number of queries (the page's
 * ids in the chosen order, their standings from EligibilityService, every essay of the page in one query).
 * It lives in the certificate feature because the standing is that feature's, and grading may not use it.
 */
@Stateless
public class GradebookService {

    /** The most rows one page may ask for; exports read this many at a time. */
    static final int MAX_PAGE = 500;

    /** Essays read at a time for the ZIP: their texts are in memory together. */
    private static final int ESSAYS_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseService courses;

    @Inject
    EligibilityService eligibility;

    @Inject
    BlindMarking blindMarking;

    /** The offering, if the actor teaches it or is an admin. */
    public java.util.Optional<Offering> find(long actorId, long offeringId) {
        return courses.findOffering(courses.teaching(actorId), offeringId);
    }

    /** The offering's assignments, the gradebook's columns, by due date. */
    public List<Assignment> assignments(long actorId, long offeringId) {
        courses.getOffering(courses.teaching(actorId), offeringId);
        return em.createNamedQuery(Assignment.OF_OFFERING, Assignment.class)
                .setParameter("offering", offeringId)
                .getResultList();
    }

    /** How many students the filter (a part of the name or e-mail, and a standing; null: all) matches. */
    public long count(long actorId, long offeringId, EligibilityFilter filter) {
        courses.getOffering(courses.teaching(actorId), offeringId);
        return eligibility.count(offeringId, filter == null ? EligibilityFilter.ALL : filter);
    }

    /** One page of the students the filter matches, in the order asked for. */
    public List<GradebookRow> page(
            long actorId, long offeringId, EligibilityFilter asked, GradebookSort sort, int first, int pageSize) {
        Offering offering = courses.getOffering(courses.teaching(actorId), offeringId);
        EligibilityFilter filter = asked == null ? EligibilityFilter.ALL : asked;
        String join = filter.hasText() ? " JOIN e.student st" : "";
        String where = filter.hasText()
                ? " AND (LOWER(st.fullName) LIKE :text ESCAPE '!' OR LOWER(st.email) LIKE :text ESCAPE '!')"
                : "";
        EligibilityJpql.Condition standing = EligibilityJpql.of(EligibilityRule.of(offering), filter.standing());
        TypedQuery<Object[]> query = standing.bind(em.createQuery(
                        "SELECT e.id, COALESCE(SUM(s.score), 0) AS total FROM Enrollment e" + join
                                + " LEFT JOIN Submission s ON s.enrollment = e AND s.status = :released"
                                + " WHERE e.offering.id = :offering" + where + " AND (" + standing.jpql() + ")"
                                + " GROUP BY e.id, e.studentName ORDER BY " + sort.orderBy(),
                        Object[].class))
                .setParameter("offering", offeringId)
                .setParameter("released", SubmissionStatus.RELEASED)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE)));
        if (filter.hasText()) {
            query.setParameter("text", filter.likePattern());
        }
        List<Object[]> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> order = ids.stream().map(row -> (Long) row[0]).toList();
        Map<Long, BigDecimal> totals =
                ids.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> decimal(row[1])));
        Map<Long, Standing> standings = eligibility.of(offeringId, order).stream()
                .collect(Collectors.toMap(Standing::enrollmentId, Function.identity()));
        Map<Long, Map<Long, GradebookRow.Cell>> cells = cells(order);
        return order.stream()
                .filter(standings::containsKey)
                .map(id -> new GradebookRow(standings.get(id), cells.getOrDefault(id, Map.of()), totals.get(id)))
                .toList();
    }

    /** Every student the filter matches, in the order asked for, as CSV in the language given. */
    public void writeCsv(
            long actorId,
            long offeringId,
            EligibilityFilter filter,
            GradebookSort sort,
            Language language,
            OutputStream out)
            throws IOException {
        GradebookSheet sheet = new GradebookSheet(assignments(actorId, offeringId), language);
        try (GradebookSheet.Csv csv = sheet.csv(out)) {
            forEachPage(actorId, offeringId, filter, sort, csv::rows);
        }
    }

    /** As writeCsv, as an XLSX workbook. */
    public void writeXlsx(
            long actorId,
            long offeringId,
            EligibilityFilter filter,
            GradebookSort sort,
            Language language,
            OutputStream out)
            throws IOException {
        GradebookSheet sheet = new GradebookSheet(assignments(actorId, offeringId), language);
        try (GradebookSheet.Xlsx xlsx = sheet.xlsx(out)) {
            forEachPage(actorId, offeringId, filter, sort, xlsx::rows);
        }
    }

    private interface PageSink {
        void rows(List<GradebookRow> rows) throws IOException;
    }

    /** The rows a page of MAX_PAGE at a time; the persistence context is emptied after each. */
    private void forEachPage(long actorId, long offeringId, EligibilityFilter filter, GradebookSort sort, PageSink sink)
            throws IOException {
        for (int first = 0; ; first += MAX_PAGE) {
            List<GradebookRow> rows = page(actorId, offeringId, filter, sort, first, MAX_PAGE);
            sink.rows(rows);
            if (rows.size() < MAX_PAGE) {
                return;
            }
            em.clear();
        }
    }

    /**
     * The latest submitted version of every essay of the assignment as one HTML file each, in a ZIP written as it
     * is read (a page of versions at a time). A file is named by the student, or by the essay's code while blind
     * marking hides who wrote it (BlindMarking); the code also keeps two students of one name apart.
     */
    public void writeEssays(long actorId, Assignment assignment, Language language, OutputStream out)
            throws IOException {
        courses.getOffering(courses.teaching(actorId), assignment.getOffering().getId());
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (int first = 0; ; first += ESSAYS_PAGE) {
                List<SubmissionVersion> versions = em.createQuery(
                                "SELECT v FROM SubmissionVersion v JOIN FETCH v.submission s JOIN FETCH s.enrollment e JOIN FETCH e.student"
                                        + " WHERE s.assignment.id = :assignment AND v.number = (SELECT MAX(w.number)"
                                        + " FROM SubmissionVersion w WHERE w.submission = s)"
                                        + " ORDER BY e.studentName, s.id",
                                SubmissionVersion.class)
                        .setParameter("assignment", assignment.getId())
                        .setFirstResult(first)
                        .setMaxResults(ESSAYS_PAGE)
                        .getResultList();
                Map<Long, String> originals = originals(versions);
                for (SubmissionVersion version : versions) {
                    Submission essay = version.getSubmission();
                    boolean hidden = blindMarking.hidesWhoWrote(assignment.getId(), essay.getStatus());
                    String code = BlindMarking.code(essay.getId());
                    String writer =
                            hidden ? code : essay.getEnrollment().getStudent().getFullName();
                    String name = GradebookSheet.fileName(hidden ? code : writer + " " + code);
                    zip.putNextEntry(new ZipEntry(name + ".html"));
                    zip.write(GradebookSheet.essayPage(assignment.title(language), writer, version)
                            .getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    String original = originals.get(version.getId());
                    if (original != null) { // the uploaded file, never under the name it came with
                        zip.putNextEntry(new ZipEntry(GradebookSheet.originalName(name, original)));
                        zip.write(em.createQuery(
                                        "SELECT f.content FROM SubmissionVersion v JOIN v.file f WHERE v.id = :id",
                                        byte[].class)
                                .setParameter("id", version.getId())
                                .getSingleResult()); // one file's bytes in memory at a time
                        zip.closeEntry();
                    }
                }
                zip.flush();
                if (versions.size() < ESSAYS_PAGE) {
                    return;
                }
                em.clear();
            }
        }
    }

    /** The uploaded originals of these versions by version id: the names they came with, in one query. */
    private Map<Long, String> originals(List<SubmissionVersion> versions) {
        if (versions.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "SELECT v.id, f.fileName FROM SubmissionVersion v JOIN v.file f WHERE v.id IN :ids",
                        Object[].class)
                .setParameter(
                        "ids", versions.stream().map(SubmissionVersion::getId).toList())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /** Every essay of these enrollments, in one query; a score and result only once released. */
    private Map<Long, Map<Long, GradebookRow.Cell>> cells(List<Long> enrollmentIds) {
        Map<Long, Map<Long, GradebookRow.Cell>> cells = new HashMap<>();
        em.createQuery(
                        "SELECT s.enrollment.id, s.assignment.id, s.status, s.score, s.result FROM Submission s"
                                + " WHERE s.enrollment.id IN :ids",
                        Object[].class)
                .setParameter("ids", enrollmentIds)
                .getResultList()
                .forEach(row -> cells.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put(
                                (Long) row[1],
                                new GradebookRow.Cell(
                                        (SubmissionStatus) row[2],
                                        row[2] == SubmissionStatus.RELEASED ? (BigDecimal) row[3] : null,
                                        row[2] == SubmissionStatus.RELEASED ? (SubmissionResult) row[4] : null)));
        return cells;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
