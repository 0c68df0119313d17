package edu.aum.course.enrollment.control;

import edu.aum.course.account.api.AccountRenamed;
import edu.aum.course.enrollment.api.Enrollment;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps the copy of the student's name on each of their enrollments (Enrollment.studentName, what a university's
 * list is sorted by) equal to the account's, in the renaming transaction.
 */
@Stateless
public class StudentNames {

    @PersistenceContext
    EntityManager em;

    public void onRenamed(@Observes AccountRenamed renamed) {
        em.createNamedQuery(Enrollment.RENAME_STUDENT)
                .setParameter("name", renamed.fullName())
                .setParameter("student", renamed.accountId())
                .executeUpdate();
    }
}
