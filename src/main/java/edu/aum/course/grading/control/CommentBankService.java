package edu.aum.course.grading.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.grading.entity.BankComment;
import edu.aum.course.grading.entity.CommentLanguage;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.ConcurrentEdit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Each instructor's comment bank, per course: the course is the one of a review the instructor may open (so nobody
 * keeps a bank for a course they do not teach), and a bank comment is seen and changed by its owner alone; another
 * person's id answers as one that is gone (grading.bank.notFound).
 */
@Stateless
public class CommentBankService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    QueueService queue;

    /** The actor's bank for the course of this review (of an offering they work on). */
    public List<BankComment> forReview(long actorId, long reviewId) {
        Staff.staff(em, actorId);
        return em.createNamedQuery(BankComment.OF_OWNER, BankComment.class)
                .setParameter("owner", actorId)
                .setParameter("course", courseOf(actorId, reviewId))
                .getResultList();
    }

    public BankComment add(long actorId, long reviewId, CommentLanguage language, String text) {
        Account owner = Staff.staff(em, actorId);
        BankComment comment = new BankComment(owner, courseOf(actorId, reviewId), language, text, clock.instant());
        em.persist(comment);
        return comment;
    }

    public BankComment change(long actorId, long commentId, long loadedVersion, CommentLanguage language, String text) {
        BankComment comment = own(actorId, commentId, loadedVersion);
        comment.change(language, text);
        em.flush(); // a concurrent change fails here with the version check
        return comment;
    }

    public void delete(long actorId, long commentId, long loadedVersion) {
        em.remove(own(actorId, commentId, loadedVersion));
        em.flush();
    }

    /** The actor's own bank comment at the version loaded; another's, a deleted one or a changed one is refused. */
    private BankComment own(long actorId, long commentId, long loadedVersion) {
        Staff.staff(em, actorId);
        BankComment comment = em.find(BankComment.class, commentId);
        if (comment == null || !comment.isOwnedBy(actorId)) {
            throw new BusinessException("grading.bank.notFound");
        }
        ConcurrentEdit.check(comment.getVersion(), loadedVersion);
        return comment;
    }

    private long courseOf(long actorId, long reviewId) {
        return queue.get(actorId, reviewId)
                .getSubmission()
                .getAssignment()
                .getOffering()
                .getCourse()
                .getId();
    }
}
