package edu.aum.course.essay.control;

import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.platform.persistence.DatabaseFaults;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;

/**
 * Creates a student's submission row in a transaction of its own, so that when two tabs create it at once the
 * one refused by the unique key (uq_submissions_assignment_enrollment) loses only this step and then finds and
 * locks the row the other one made (Drafts.mine).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SubmissionRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Answers false when another request created the row first (its unique key refused this one). */
    public boolean create(long assignmentId, long enrollmentId) {
        try {
            em.persist(new Submission(
                    em.find(Assignment.class, assignmentId), em.find(Enrollment.class, enrollmentId), clock.instant()));
            em.flush(); // a second tab's row fails on the unique key here, inside this transaction
            return true;
        } catch (PersistenceException e) {
            if (!DatabaseFaults.duplicateKey(e)) {
                throw e;
            }
            context.setRollbackOnly(); // only this step: the caller goes on to find and lock the other's row
            return false;
        }
    }
}
