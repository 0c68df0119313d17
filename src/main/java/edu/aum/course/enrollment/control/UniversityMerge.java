package edu.aum.course.enrollment.control;

import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.university.api.University;
import edu.aum.course.university.api.UniversityService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Folds a university a student named into a listed one, with the enrollments that named it. */
@Stateless
public class UniversityMerge {

    @PersistenceContext
    EntityManager em;

    @Inject
    UniversityService universities;

    /** A student-named university is a listed one after all: its enrollments move there. */
    public void merge(long namedId, long listedId) {
        University named = universities.get(namedId);
        University listed = universities.get(listedId);
        named.mergeInto(listed);
        em.createNamedQuery(Enrollment.OF_UNIVERSITY, Enrollment.class)
                .setParameter("university", named)
                .getResultList()
                .forEach(enrollment -> enrollment.moveTo(listed));
    }
}
