package edu.aum.course.essay.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.essay.api.EssayHtml;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.platform.BusinessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A student's submission row, found or created and locked, and the draft kept in a transaction of its
 * own: a submission that is then refused (words, cut-off, integrity) rolls back, but the text stays.
 */
@Stateless
public class Drafts {

    private static final Logger LOG = Logger.getLogger(Drafts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AssignmentService assignments;

    @Inject
    SubmissionRows rows;

    /** Saves the text as the draft and commits, whatever happens next in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void keep(long studentId, long assignmentId, String html) {
        mine(studentId, assignmentId).saveDraft(EssayHtml.sanitize(html), clock.instant());
    }

    /**
     * The student's submission of an assignment, created as a draft on first use (SubmissionRows), its row locked
     * until the transaction ends: a second click or tab waits, then sees what the first one did, also when both
     * created it at once.
     */
    public Submission mine(long studentId, long assignmentId) {
        Assignment assignment = assignments.get(assignmentId);
        Enrollment enrollment = enrollmentOf(studentId, assignment);
        Optional<Submission> found = find(assignmentId, enrollment.getId());
        if (found.isEmpty()) {
            create(assignmentId, enrollment.getId());
            found = locked(assignmentId, enrollment.getId()); // a locking read sees the row committed since
        }
        Submission submission = found.orElseThrow(() -> new BusinessException("assignment.notFound"));
        em.refresh(submission, LockModeType.PESSIMISTIC_WRITE);
        return submission;
    }

    private void create(long assignmentId, long enrollmentId) {
        if (!rows.create(assignmentId, enrollmentId)) {
            LOG.fine(() -> "Submission of assignment " + assignmentId + " created by another request first");
        }
    }

    private Optional<Submission> locked(long assignmentId, long enrollmentId) {
        return em.createNamedQuery(Submission.FIND, Submission.class)
                .setParameter("assignment", assignmentId)
                .setParameter("enrollment", enrollmentId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public Optional<Submission> find(long assignmentId, long enrollmentId) {
        return em.createNamedQuery(Submission.FIND, Submission.class)
                .setParameter("assignment", assignmentId)
                .setParameter("enrollment", enrollmentId)
                .getResultStream()
                .findFirst();
    }

    /** The student's enrollment in the assignment's offering; another offering's assignment is as good as missing. */
    public Enrollment enrollmentOf(long studentId, Assignment assignment) {
        return findEnrollmentOf(studentId, assignment).orElseThrow(() -> new BusinessException("assignment.notFound"));
    }

    /** The student's enrollment in the assignment's offering; empty when they are not enrolled in it. */
    public Optional<Enrollment> findEnrollmentOf(long studentId, Assignment assignment) {
        return em.createNamedQuery(Enrollment.FIND, Enrollment.class)
                .setParameter("offering", assignment.getOffering())
                .setParameter("student", em.getReference(Account.class, studentId))
                .getResultStream()
                .findFirst();
    }
}
