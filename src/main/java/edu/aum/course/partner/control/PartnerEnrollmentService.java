package edu.aum.course.partner.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.api.InlineComments;
import edu.aum.course.grading.api.Review;
import edu.aum.course.partner.entity.AffiliationCheck;
import edu.aum.course.partner.entity.AffiliationStatus;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.platform.persistence.Fetching;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What partner staff (screens) and partner systems (API) read about their university's students, and the
 * staff's confirmation or dispute of a student's affiliation. Every query is limited to the scope's
 * university here, in the query itself: another university's enrollment is as good as missing.
 */
@Stateless
public class PartnerEnrollmentService {

    /** How a page of enrollments is ordered. */
    public enum Order {
        /** By the students' names (the enrollment's copy, from an index), for people. */
        NAME(" ORDER BY e.studentName, e.id"),
        /** By id, stable for paging through the API. */
        ID(" ORDER BY e.id");

        private final String jpql;

        Order(String jpql) {
            this.jpql = jpql;
        }
    }

    /**
     * The enrollments alone, filtered on their own columns: the university's index (university_id, id) gives the
     * API's order and the count without reading a row, (university_id, student_name, id) the screens' order. The
     * student is joined only when the text filter names them (every enrollment has one, so the join drops nothing).
     */
    private static final String FROM = "FROM Enrollment e WHERE e.university.id = :university";

    private static final String FROM_WITH_STUDENT =
            "FROM Enrollment e JOIN e.student s WHERE e.university.id = :university";
    private static final String BY_ID = " AND e.id = :id";
    private static final String BY_OFFERING = " AND e.offering.id = :offering";
    private static final String BY_STATUS = " AND e.status = :status";
    private static final String BY_TEXT = " AND (LOWER(s.fullName) LIKE :text ESCAPE '!'"
            + " OR LOWER(s.email) LIKE :text ESCAPE '!' OR LOWER(e.studentNumber) LIKE :text ESCAPE '!')";
    private static final String UPDATED_SINCE = " AND (e.updatedAt >= :since"
            + " OR EXISTS (SELECT x FROM Submission x WHERE x.enrollment = e AND x.releasedAt >= :since)"
            + " OR EXISTS (SELECT v FROM SubmissionVersion v WHERE v.submission.enrollment = e AND v.submittedAt >= :since)"
            + " OR EXISTS (SELECT c FROM Certificate c WHERE c.enrollment = e"
            + " AND (c.issuedAt >= :since OR c.revokedAt >= :since)))";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    InlineComments inlineComments;

    /**
     * A page in two steps: the page's ids from the index alone (an offset deep into a university's 100,000
     * enrollments skips index entries, not joined rows), then those enrollments with what a page shows.
     */
    public List<PartnerEnrollment> search(Scope scope, PartnerFilter filter, int first, int max, Order order) {
        TypedQuery<Long> ids = em.createQuery("SELECT e.id " + where(filter, false) + order.jpql, Long.class);
        List<Long> page = bind(ids, scope, filter)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        return enrich(enrollments(page));
    }

    public long count(Scope scope, PartnerFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) " + where(filter, false), Long.class);
        return bind(query, scope, filter).getSingleResult();
    }

    /** These enrollments with what a page shows, in the order of the ids (the CSV export's: all of them). */
    private List<Enrollment> enrollments(List<Long> ids) {
        Map<Long, Enrollment> read = new HashMap<>();
        Fetching.<Long, Enrollment>inChunks(
                        ids,
                        chunk -> withWhatAPageShows(em.createQuery(
                                        "SELECT e FROM Enrollment e WHERE e.id IN :ids", Enrollment.class))
                                .setParameter("ids", chunk)
                                .getResultList())
                .forEach(e -> read.put(e.getId(), e));
        return ids.stream().map(read::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Everything the CSV export shows, read in this transaction. */
    public List<PartnerEnrollment> export(Scope scope, PartnerFilter filter) {
        return search(scope, filter, 0, Integer.MAX_VALUE, Order.NAME);
    }

    /** One of the scope's enrollments; another university's is empty, as if it did not exist. */
    public Optional<PartnerEnrollment> find(Scope scope, long enrollmentId) {
        TypedQuery<Enrollment> query =
                withWhatAPageShows(em.createQuery("SELECT e " + where(PartnerFilter.NONE, true), Enrollment.class));
        List<Enrollment> found = bind(query, scope, PartnerFilter.NONE)
                .setParameter("id", enrollmentId)
                .getResultList();
        return enrich(found).stream().findFirst();
    }

    /** The essays of one of the scope's enrollments, one line per assignment of its offering. */
    public List<EssayLine> essays(Scope scope, long enrollmentId) {
        Enrollment enrollment = find(scope, enrollmentId)
                .map(PartnerEnrollment::enrollment)
                .orElseThrow(() -> new BusinessException("enrollment.notFound"));
        Map<Long, Submission> submissions = em.createNamedQuery(Submission.OF_ENROLLMENT, Submission.class)
                .setParameter("enrollment", enrollmentId)
                .getResultStream()
                .collect(Collectors.toMap(s -> s.getAssignment().getId(), Function.identity()));
        Map<Long, String> feedback = enrollment.isGradesShared() ? releasedFeedback(enrollmentId) : Map.of();
        Map<Long, List<String>> comments =
                enrollment.isGradesShared() ? inlineComments.releasedOf(enrollmentId) : Map.of();
        return em.createNamedQuery(Assignment.OF_OFFERING, Assignment.class)
                .setParameter("offering", enrollment.getOffering().getId())
                .getResultStream()
                .map(a -> {
                    Submission s = submissions.get(a.getId());
                    return EssayLine.of(
                            a,
                            s,
                            enrollment.isGradesShared(),
                            s == null ? null : feedback.get(s.getId()),
                            s == null ? List.of() : comments.getOrDefault(s.getId(), List.of()));
                })
                .toList();
    }

    /** The feedback of the released (latest) reviews of an enrollment's essays, by submission. */
    private Map<Long, String> releasedFeedback(long enrollmentId) {
        return em.createQuery(
                        "SELECT r FROM Review r WHERE r.latest = TRUE AND r.submission.enrollment.id = :enrollment"
                                + " AND r.submission.status = :released",
                        Review.class)
                .setParameter("enrollment", enrollmentId)
                .setParameter("released", SubmissionStatus.RELEASED)
                .getResultStream()
                .collect(Collectors.toMap(r -> r.getSubmission().getId(), Review::getFeedbackHtml, (a, b) -> a));
    }

    /** The offerings the scope's students are enrolled in, newest first (for the offering filter). */
    public List<Offering> offerings(Scope scope) {
        // each offering asks the index (university_id, offering_id) once, not each of the university's enrollments
        return em.createQuery(
                        "SELECT o FROM Offering o WHERE EXISTS (SELECT e.id FROM Enrollment e"
                                + " WHERE e.university.id = :university AND e.offering = o)",
                        Offering.class)
                .setParameter("university", scope.universityId())
                .getResultStream()
                .sorted(Comparator.comparing((Offering o) -> o.getSchedule().getStartsOn())
                        .reversed()
                        .thenComparing(Offering::getId))
                .toList();
    }

    /**
     * Partner staff confirm that the student studies at their university, or dispute it with a comment
     * (administrators then see it). Audited on the enrollment.
     */
    public AffiliationCheck checkAffiliation(Scope scope, long enrollmentId, AffiliationStatus status, String comment) {
        if (scope.staffId() == null) {
            throw new BusinessException("partner.notStaff");
        }
        Enrollment enrollment = find(scope, enrollmentId)
                .map(PartnerEnrollment::enrollment)
                .orElseThrow(() -> new BusinessException("enrollment.notFound"));
        Account staff = em.find(Account.class, scope.staffId());
        Optional<AffiliationCheck> existing =
                affiliations(List.of(enrollmentId)).values().stream().findFirst();
        AffiliationStatus before = null;
        AffiliationCheck check;
        if (existing.isPresent()) {
            check = existing.get();
            before = check.record(status, comment, staff, clock.instant());
        } else {
            check = new AffiliationCheck(enrollment, status, comment, staff, clock.instant());
            em.persist(check);
        }
        audit.record(
                staff.getId(),
                EnrollmentService.SUBJECT,
                enrollmentId,
                "AFFILIATION",
                before == null ? null : before.name(),
                status.name(),
                check.getComment());
        return check;
    }

    /** For administrators: the enrollments whose university disputes that the student studies there. */
    public List<AffiliationCheck> disputed() {
        return em.createNamedQuery(AffiliationCheck.DISPUTED, AffiliationCheck.class)
                .getResultList();
    }

    /**
     * The offering and its course in the page's own query, the students in one more and their roles in a third
     * (Fetching): a page costs
     * the same few queries for 50 students as for one (not one per student and relation).
     */
    private static TypedQuery<Enrollment> withWhatAPageShows(TypedQuery<Enrollment> query) {
        return Fetching.joined(
                Fetching.inBatches(query, "e.student", "e.student.roles"),
                "e.offering",
                "e.offering.course",
                "e.university");
    }

    private static String where(PartnerFilter filter, boolean byId) {
        return (filter.hasText() ? FROM_WITH_STUDENT : FROM)
                + (byId ? BY_ID : "")
                + (filter.offeringId() == null ? "" : BY_OFFERING)
                + (filter.status() == null ? "" : BY_STATUS)
                + (filter.hasText() ? BY_TEXT : "")
                + (filter.updatedSince() == null ? "" : UPDATED_SINCE);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Scope scope, PartnerFilter filter) {
        query.setParameter("university", scope.universityId());
        if (filter.offeringId() != null) {
            query.setParameter("offering", filter.offeringId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.hasText()) {
            query.setParameter("text", filter.likePattern());
        }
        if (filter.updatedSince() != null) {
            query.setParameter("since", filter.updatedSince());
        }
        return query;
    }

    /** Adds progress, certificate and affiliation to a page of enrollments, in three queries. */
    private List<PartnerEnrollment> enrich(List<Enrollment> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Enrollment::getId).toList();
        Map<Long, Progress> progress = progress(page, ids);
        Map<Long, Certificate> certificates = em.createQuery(
                        "SELECT c FROM Certificate c WHERE c.currentEnrollmentId IN :ids", Certificate.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(c -> c.getEnrollment().getId(), Function.identity()));
        Map<Long, AffiliationCheck> affiliations = affiliations(ids);
        return page.stream()
                .map(e -> new PartnerEnrollment(
                        e, progress.get(e.getId()), certificates.get(e.getId()), affiliations.get(e.getId())))
                .toList();
    }

    /**
     * Each submission of the page once, with the latest of its versions' times. Aggregated here rather than
     * with MAX() in JPQL: an aggregate bypasses the Instant converter and drivers differ in what they answer.
     */
    private Map<Long, Progress> progress(List<Enrollment> page, List<Long> ids) {
        List<Object[]> rows = em.createQuery(
                        "SELECT s.id, s.enrollment.id, s.status, s.result, s.releasedAt,"
                                + " v.submittedAt FROM Submission s LEFT JOIN s.versions v WHERE s.enrollment.id IN :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, Object[]> submissions = new HashMap<>();
        for (Object[] row : rows) {
            submissions.merge((Long) row[0], row, (kept, next) -> isLater(next[5], kept[5]) ? next : kept);
        }
        Map<Long, Progress> progress = new HashMap<>();
        page.forEach(e -> progress.put(e.getId(), Progress.none(e.getOffering().getEssaysRequired())));
        for (Object[] row : submissions.values()) {
            progress.computeIfPresent(
                    (Long) row[1],
                    (id, p) -> p.with(
                            (SubmissionStatus) row[2], (SubmissionResult) row[3], instant(row[4]), instant(row[5])));
        }
        return progress;
    }

    private static boolean isLater(Object time, Object than) {
        return time != null && (than == null || instant(time).isAfter(instant(than)));
    }

    /** A time from a projection: converted by the entity's converter, or raw from an aggregate. */
    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("Not a time: " + value.getClass());
    }

    private Map<Long, AffiliationCheck> affiliations(List<Long> ids) {
        return em.createNamedQuery(AffiliationCheck.OF_ENROLLMENTS, AffiliationCheck.class)
                .setParameter("enrollments", ids)
                .getResultStream()
                .collect(Collectors.toMap(a -> a.getEnrollment().getId(), Function.identity()));
    }
}
