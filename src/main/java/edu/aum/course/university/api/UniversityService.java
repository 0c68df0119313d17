package edu.aum.course.university.api;

import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.ConcurrentEdit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The universities students come from, the partners among them, and the ones students name. */
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

    public Optional<University> find(long id) {
        return Optional.ofNullable(em.find(University.class, id));
    }

    public University get(long id) {
        return find(id).orElseThrow(() -> new BusinessException("university.notFound"));
    }

    /** All universities that are not merged into another: listed ones first. */
    public List<University> all() {
        return em.createNamedQuery(University.ALL_CURRENT, University.class).getResultList();
    }

    /** The ones a student picks from. */
    public List<University> listed() {
        return em.createNamedQuery(University.LISTED, University.class).getResultList();
    }

    public University create(String nameEn, String nameRu, String country, boolean partner) {
        requireUniqueNames(nameEn, nameRu, -1L);
        University university = new University(nameEn, nameRu, country, partner, clock.instant());
        em.persist(university);
        em.flush(); // IDENTITY: the id is known from here on
        return university;
    }

    public University edit(long id, long version, String nameEn, String nameRu, Country country, boolean partner) {
        University university = get(id);
        ConcurrentEdit.check(university.getVersion(), version);
        requireUniqueNames(nameEn, nameRu, id);
        university.edit(nameEn, nameRu, country, partner);
        university.list();
        return university;
    }

    /** The university a student means: a listed one, or the one they named (created when new). */
    public University resolve(HomeUniversity home) {
        if (home.isListed()) {
            University university = current(get(home.listedId()));
            if (!university.isListed()) {
                throw new BusinessException("university.notFound");
            }
            return university;
        }
        return em.createNamedQuery(University.FIND_BY_ANY_NAME, University.class)
                .setParameter("name", home.otherName().strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .map(UniversityService::current)
                .orElseGet(() -> {
                    University named =
                            University.namedByStudent(home.otherName(), home.otherCountry(), clock.instant());
                    em.persist(named);
                    em.flush(); // IDENTITY: the id is known from here on
                    return named;
                });
    }

    private static University current(University university) {
        return university.isMerged() ? university.getMergedInto() : university;
    }

    private void requireUniqueNames(String nameEn, String nameRu, long exceptId) {
        if (nameEn == null || nameRu == null) {
            return; // the entity says what is missing
        }
        long clashes = em.createNamedQuery(University.COUNT_WITH_NAME, Long.class)
                .setParameter("en", nameEn.strip().toLowerCase(Locale.ROOT))
                .setParameter("ru", nameRu.strip().toLowerCase(Locale.ROOT))
                .setParameter("id", exceptId)
                .getSingleResult();
        if (clashes > 0) {
            throw new BusinessException("university.duplicate");
        }
    }
}
