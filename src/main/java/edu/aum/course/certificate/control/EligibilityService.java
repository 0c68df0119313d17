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
 * a few queries per offering (enrollments, their students and the students' roles, released counted essays, current
 * certificates), whatever its size.
 */
@Stateless
public class EligibilityService {

    private static final String RELEASED =
            "SELECT s.enrollment.id, s.assignment.id, s.result, s.score FROM Submission s"
                    + " WHERE s.status = :released AND s.assignment.countsForCertificate = TRUE";

    @PersistenceContext
    EntityManager em;

    /** Every enrollment of the offering, by the students' names. */
    public List<Standing> ofOffering(long offeringId) {
        Offering offering = offering(offeringId);
        List<Enrollment> enrollments = Fetching.inBatches( // the students and their roles, 500 to a query
                        em.createQuery(
                                        "SELECT e FROM Enrollment e JOIN e.student s"
                                                + " WHERE e.offering.id = :offering ORDER BY s.fullName, e.id",
                                        Enrollment.class)
                                .setParameter("offering", offeringId),
                        "e.student",
                        "e.student.roles")
                .getResultList();
        Map<Long, List<ReleasedEssay>> essays =
                released(em.createQuery(RELEASED + " AND s.enrollment.offering.id = :offering", Object[].class)
                        .setParameter("offering", offeringId)
                        .setParameter("released", SubmissionStatus.RELEASED)
                        .getResultList());
        Map<Long, Certificate> current = em.createQuery(
                        "SELECT c FROM Certificate c WHERE c.currentEnrollmentId IS NOT NULL"
                                + " AND c.enrollment.offering.id = :offering",
                        Certificate.class)
                .setParameter("offering", offeringId)
                .getResultStream()
                .collect(Collectors.toMap(c -> c.getEnrollment().getId(), Function.identity()));
        EligibilityRule rule = EligibilityRule.of(offering);
        return enrollments.stream()
                .map(e -> standing(
                        rule,
                        e,
                        essays.getOrDefault(e.getId(), List.of()),
                        Optional.ofNullable(current.get(e.getId()))))
                .toList();
    }

    /** The standing of the chosen enrollments of an offering (others are left out). */
    public List<Standing> of(long offeringId, Collection<Long> enrollmentIds) {
        return ofOffering(offeringId).stream()
                .filter(s -> enrollmentIds.contains(s.enrollmentId()))
                .toList();
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
