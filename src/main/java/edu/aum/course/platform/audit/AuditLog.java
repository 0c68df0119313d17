package edu.aum.course.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Writes the audit log inside the transaction of the change it records, so the change and its line
 * commit or roll back together.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A state change of a subject (e.g. "Submission" 42 from SUBMITTED to IN_MARKING). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void transition(Long actorId, String subjectType, long subjectId, Enum<?> from, Enum<?> to, String why) {
        record(
                actorId,
                subjectType,
                subjectId,
                "TRANSITION",
                from == null ? null : from.name(),
                to == null ? null : to.name(),
                why);
    }

    /** Any other audited action (e.g. "REVEAL_IDENTITY"). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(
            Long actorId,
            String subjectType,
            long subjectId,
            String action,
            String fromState,
            String toState,
            String detail) {
        em.persist(
                new AuditEntry(clock.instant(), actorId, subjectType, subjectId, action, fromState, toState, detail));
    }

    public List<AuditEntry> of(String subjectType, long subjectId) {
        return em.createNamedQuery(AuditEntry.OF_SUBJECT, AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }
}
