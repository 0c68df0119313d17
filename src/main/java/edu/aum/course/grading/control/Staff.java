package edu.aum.course.grading.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.grading.api.Review;
import edu.aum.course.platform.BusinessException;
import jakarta.persistence.EntityManager;

/** Who may do what in grading: staff (instructors and admins) mark; admins allocate and reveal. */
final class Staff {

    private Staff() {}

    static Account staff(EntityManager em, long actorId) {
        Account actor = em.find(Account.class, actorId);
        if (actor == null
                || !(actor.getRoles().contains(Role.INSTRUCTOR)
                        || actor.getRoles().contains(Role.ADMIN))) {
            throw new BusinessException("grading.notStaff");
        }
        return actor;
    }

    static Account admin(EntityManager em, long actorId) {
        Account actor = staff(em, actorId);
        if (!isAdmin(actor)) {
            throw new BusinessException("grading.notAdmin");
        }
        return actor;
    }

    static boolean isAdmin(Account account) {
        return account.getRoles().contains(Role.ADMIN);
    }

    /** The marker of the review, or an admin; a review nobody claimed must be claimed first. */
    static Account marker(EntityManager em, long actorId, Review review) {
        Account actor = staff(em, actorId);
        if (review.getMarker() == null) {
            throw new BusinessException("grading.claimFirst");
        }
        if (!review.isHandledBy(actorId, isAdmin(actor))) {
            throw new BusinessException("grading.notYours", review.getMarker().getFullName());
        }
        return actor;
    }
}
