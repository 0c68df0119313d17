package edu.aum.course.enrollment.control;

import edu.aum.course.enrollment.entity.University;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/** The universities students come from and the partners among them. */
@Stateless
public class UniversityService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<University> findByNameEn(String nameEn) {
        return em.createNamedQuery(University.FIND_BY_NAME_EN, University.class)
                .setParameter("name", nameEn.strip())
                .getResultStream()
                .findFirst();
    }

    public University create(String nameEn, String nameRu, String country, boolean partner) {
        University university = new University(nameEn, nameRu, country, partner, clock.instant());
        em.persist(university);
        return university;
    }
}
