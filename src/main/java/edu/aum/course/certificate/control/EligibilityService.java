package edu.aum.course.certificate.control;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.persistence.Fetching;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is eligible for an offering's certificate, computed from the released essays (EligibilityRule):
 * a few queries per offering or per page (enrollments, their students and the students' roles, released counted
 * essays, current certificates), whatever its size. Filters and counts by standing run in the database
 * (EligibilityJpql, the same rule).
 */
@Stateless
public class EligibilityService {

    private static final String RELEASED =
            "SELECT s.enrollment.id, s.assignment.id, s.result, s.score FROM Submission s"
                    + " WHERE s.status = :released AND s.assignment.countsForCertificate = TRUE";

    /** The most rows one page may ask for. */
    static final int MAX_PAGE = 200;

    /**
     * The students' names, from the enrollment's copy of each (index (offering_id, student_name, id)): a page of a
     * class of 250,000 reads 50 index entries, not every student sorted.
     */
    private static final String BY_NAME = " ORDER BY e.studentName, e.id";

    @PersistenceContext
    EntityManager em;

    /** Every enrollment of the offering, by the students' names. */
    public List<Standing> ofOffering(long offeringId) {
        Offering offering = offering(offeringId);
        List<Enrollment> enrollments = withStudents(em.createQuery(
                        "SELECT e FROM Enrollment e WHERE e.offering.id = :offering ORDER BY e.studentName, e.id",
                        Enrollment.class)
                .setParameter("offering", offeringId));
        Map<Long, List<ReleasedEssay>> essays =
                released(em.createQuery(RELEASED + " AND s.enrollment.offering.id = :offering", Object[].class)
                        .setParameter("offering", offeringId)
                        .setParameter("released", SubmissionStatus.RELEASED)
                        .getResultList());
        Map<Long, Certificate> current = byEnrollment(em.createQuery(
                        "SELECT c FROM Certificate c WHERE c.currentEnrollmentId IS NOT NULL"
                                + " AND c.enrollment.offering.id = :offering",
                        Certificate.class)
                .setParameter("offering", offeringId));
        return standings(EligibilityRule.of(offering), enrollments, essays, current);
    }

    /**
     * One page of the offering's enrollments that the filter matches, by the students' names: four queries (the
     * page, its students' roles, their released essays, their current certificates), whatever the offering's size.
     */
    public List<Standing> page(long offeringId, EligibilityFilter filter, int first, int pageSize) {
        Offering offering = offering(offeringId);
        EligibilityRule rule = EligibilityRule.of(offering);
        TypedQuery<Enrollment> query = matching("SELECT e", rule, filter, BY_NAME, offeringId, Enrollment.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE)));
        return standings(rule, withStudents(query));
    }

    /** How many of the offering's enrollments the filter matches. */
    public long count(long offeringId, EligibilityFilter filter) {
        EligibilityRule rule = EligibilityRule.of(offering(offeringId));
        return matching("SELECT COUNT(e)", rule, filter, "", offeringId, Long.class)
                .getSingleResult();
    }

    /** The offering's summary, counted in the database. */
    public EligibilityCounts counts(long offeringId) {
        EligibilityRule rule = EligibilityRule.of(offering(offeringId));
        return new EligibilityCounts(
                countWhere(offeringId, EligibilityJpql.of(rule, StandingFilter.ALL)),
                countWhere(offeringId, EligibilityJpql.eligible(rule)),
                countWhere(offeringId, EligibilityJpql.certified()));
    }

    /** How many of the offering's enrollments hold a certificate in force. */
    public long certifiedCount(long offeringId) {
        return countWhere(offeringId, EligibilityJpql.certified());
    }

    /** The enrollments that are eligible and hold no certificate in force (Standing.issuable), by name. */
    public List<Long> issuableIds(long offeringId) {
        EligibilityRule rule = EligibilityRule.of(offering(offeringId));
        return matching(
                        "SELECT e.id",
                        rule,
                        new EligibilityFilter(null, StandingFilter.ISSUABLE),
                        BY_NAME,
                        offeringId,
                        Long.class)
                .getResultList();
    }

    /** The standing of the chosen enrollments of an offering (others are left out), by name within each 500. */
    public List<Standing> of(long offeringId, Collection<Long> enrollmentIds) {
        EligibilityRule rule = EligibilityRule.of(offering(offeringId));
        return Fetching.inChunks(
                enrollmentIds.stream().distinct().sorted().toList(),
                chunk -> standings(
                        rule,
                        withStudents(em.createQuery(
                                        "SELECT e FROM Enrollment e WHERE e.offering.id = :offering AND e.id IN :ids"
                                                + BY_NAME,
                                        Enrollment.class)
                                .setParameter("offering", offeringId)
                                .setParameter("ids", chunk))));
    }

    private <T> TypedQuery<T> matching(
            String select,
            EligibilityRule rule,
            EligibilityFilter filter,
            String order,
            long offeringId,
            Class<T> type) {
        String text = filter.hasText()
                ? " AND (LOWER(st.fullName) LIKE :text ESCAPE '!' OR LOWER(st.email) LIKE :text ESCAPE '!')"
                : "";
        EligibilityJpql.Condition standing = EligibilityJpql.of(rule, filter.standing());
        TypedQuery<T> query = standing.bind(em.createQuery(
                        select + " FROM Enrollment e" + (filter.hasText() ? " JOIN e.student st" : "")
                                + " WHERE e.offering.id = :offering" + text
                                + " AND (" + standing.jpql() + ")" + order,
                        type)
                .setParameter("offering", offeringId));
        return filter.hasText() ? query.setParameter("text", filter.likePattern()) : query;
    }

    private long countWhere(long offeringId, EligibilityJpql.Condition condition) {
        return condition
                .bind(em.createQuery(
                                "SELECT COUNT(e) FROM Enrollment e WHERE e.offering.id = :offering AND ("
                                        + condition.jpql() + ")",
                                Long.class)
                        .setParameter("offering", offeringId))
                .getSingleResult();
    }

    /** The students and their roles, 500 to a query. */
    private static List<Enrollment> withStudents(TypedQuery<Enrollment> query) {
        return Fetching.inBatches(query, "e.student", "e.student.roles").getResultList();
    }

    /** These enrollments' standings: their released essays and current certificates in one query each. */
    private List<Standing> standings(EligibilityRule rule, List<Enrollment> enrollments) {
        if (enrollments.isEmpty()) {
            return List.of();
        }
        List<Long> ids = enrollments.stream().map(Enrollment::getId).toList();
        Map<Long, List<ReleasedEssay>> essays =
                released(em.createQuery(RELEASED + " AND s.enrollment.id IN :ids", Object[].class)
                        .setParameter("ids", ids)
                        .setParameter("released", SubmissionStatus.RELEASED)
                        .getResultList());
        Map<Long, Certificate> current = byEnrollment(
                em.createQuery("SELECT c FROM Certificate c WHERE c.currentEnrollmentId IN :ids", Certificate.class)
                        .setParameter("ids", ids));
        return standings(rule, enrollments, essays, current);
    }

    private static List<Standing> standings(
            EligibilityRule rule,
            List<Enrollment> enrollments,
            Map<Long, List<ReleasedEssay>> essays,
            Map<Long, Certificate> current) {
        return enrollments.stream()
                .map(e -> standing(
                        rule,
                        e,
                        essays.getOrDefault(e.getId(), List.of()),
                        Optional.ofNullable(current.get(e.getId()))))
                .toList();
    }

    private static Map<Long, Certificate> byEnrollment(TypedQuery<Certificate> query) {
        return query.getResultStream()
                .collect(Collectors.toMap(c -> c.getEnrollment().getId(), Function.identity()));
    }

    /** One enrollment's standing. */
    public Standing of(Enrollment enrollment) {
        Map<Long, List<ReleasedEssay>> essays =
                released(em.createQuery(RELEASED + " AND s.enrollment.id = :enrollment", Object[].class)
                        .setParameter("enrollment", enrollment.getId())
                        .setParameter("released", SubmissionStatus.RELEASED)
                        .getResultList());
        Optional<Certificate> current = em.createNamedQuery(Certificate.CURRENT_OF_ENROLLMENT, Certificate.class)
                .setParameter("enrollment", enrollment.getId())
                .getResultStream()
                .findFirst();
        return standing(
                EligibilityRule.of(enrollment.getOffering()),
                enrollment,
                essays.getOrDefault(enrollment.getId(), List.of()),
                current);
    }

    private static Standing standing(
            EligibilityRule rule, Enrollment enrollment, List<ReleasedEssay> essays, Optional<Certificate> current) {
        EssayTally tally = EssayTally.of(essays);
        return new Standing(
                enrollment, tally, rule.judge(tally, enrollment.getStatus() == EnrollmentStatus.WITHDRAWN), current);
    }

    private static Map<Long, List<ReleasedEssay>> released(List<Object[]> rows) {
        Map<Long, List<ReleasedEssay>> byEnrollment = new HashMap<>();
        for (Object[] row : rows) {
            if (row[2] == null) {
                continue; // released without an outcome: cannot count
            }
            byEnrollment
                    .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new ReleasedEssay((Long) row[1], (SubmissionResult) row[2], (BigDecimal) row[3]));
        }
        return byEnrollment;
    }

    private Offering offering(long offeringId) {
        Offering offering = em.find(Offering.class, offeringId);
        if (offering == null) {
            throw new BusinessException("offering.notFound");
        }
        return offering;
    }
}
