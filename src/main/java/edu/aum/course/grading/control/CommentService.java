package edu.aum.course.grading.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.entity.InlineComment;
import edu.aum.course.grading.entity.Passage;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.ConcurrentEdit;
import edu.aum.course.platform.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Inline comments on the passages of an essay, made on its marking page: the review's marker (or an admin) adds,
 * edits and deletes them until the review is released; its teaching team reads them; the student reads them only
 * in the released result (ReleaseService.forStudent). Each change is audited on the review, naming the comment and
 * its offsets, never the student.
 */
@Stateless
public class CommentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    QueueService queue;

    @Inject
    AuditLog audit;

    /** The comments on a review of an offering the actor works on, in the essay's order. */
    public List<InlineComment> onReview(long actorId, long reviewId) {
        Staff.staff(em, actorId);
        return of(queue.get(actorId, reviewId).getId());
    }

    /** A comment on the passage the marker chose (start, end and quote from the browser, anchored here again). */
    public InlineComment add(long actorId, long reviewId, int start, int end, String quote, String text) {
        Review review = queue.get(actorId, reviewId);
        Account author = commenter(actorId, review);
        Passage passage = Passage.in(Passage.textOf(Versions.html(em, review)), start, end, quote);
        InlineComment comment = new InlineComment(review.getId(), author, passage, text, clock.instant());
        em.persist(comment);
        em.flush(); // IDENTITY: the audit names the new comment
        audit.record(actorId, QueueService.SUBJECT, reviewId, "COMMENT_ADD", null, null, about(comment));
        return comment;
    }

    /** New words for a comment; refused when someone changed or deleted it since the page was loaded. */
    public InlineComment edit(long actorId, long commentId, long loadedVersion, String text) {
        InlineComment comment = changeable(actorId, commentId, loadedVersion);
        comment.edit(text, clock.instant());
        em.flush(); // a concurrent edit fails here with the version check, not silently
        audit.record(actorId, QueueService.SUBJECT, comment.getReviewId(), "COMMENT_EDIT", null, null, about(comment));
        return comment;
    }

    public void delete(long actorId, long commentId, long loadedVersion) {
        InlineComment comment = changeable(actorId, commentId, loadedVersion);
        em.remove(comment);
        em.flush();
        audit.record(
                actorId, QueueService.SUBJECT, comment.getReviewId(), "COMMENT_DELETE", null, null, about(comment));
    }

    private List<InlineComment> of(long reviewId) {
        return em.createNamedQuery(InlineComment.OF_REVIEW, InlineComment.class)
                .setParameter("review", reviewId)
                .getResultList();
    }

    private InlineComment changeable(long actorId, long commentId, long loadedVersion) {
        InlineComment comment = em.find(InlineComment.class, commentId);
        if (comment == null) {
            throw new BusinessException("grading.comment.notFound"); // deleted meanwhile, or never there
        }
        Review review =
                queue.find(actorId, comment.getReviewId()).orElseThrow(() -> new BusinessException("grading.notFound"));
        commenter(actorId, review);
        ConcurrentEdit.check(comment.getVersion(), loadedVersion);
        return comment;
    }

    /** The review's marker or an admin, while the review is commentable (Review.isCommentable). */
    private Account commenter(long actorId, Review review) {
        Account actor = Staff.marker(em, actorId, review);
        if (!review.isCommentable()) {
            throw new BusinessException(
                    review.isReleased() ? "grading.comment.released" : "grading.comment.notCommentable");
        }
        return actor;
    }

    private static String about(InlineComment comment) {
        return "comment " + comment.getId() + " at " + comment.getStart() + "–" + comment.getEnd();
    }
}
