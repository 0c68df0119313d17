package edu.aum.course.enrollment.api;

import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.ConcurrentEdit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Courses and their offerings, as administrators set them up and the catalogue shows them. */
@Stateless
public class CourseService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** An offering open for enrollment, its free seats (empty: no limit) and whether it is full (Offering.isFull). */
    public record OpenOffering(Offering offering, Optional<Long> seatsLeft, boolean full) {}

    public List<Course> courses() {
        return em.createNamedQuery(Course.ALL_BY_CODE, Course.class).getResultList();
    }

    public Optional<Course> findCourse(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    public Optional<Course> findCourseByCode(String code) {
        return em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
                .setParameter("code", Course.normalizeCode(code))
                .getResultStream()
                .findFirst();
    }

    public Course getCourse(long id) {
        return findCourse(id).orElseThrow(() -> new BusinessException("course.notFound"));
    }

    public Course addCourse(String code, String titleEn, String titleRu, String descriptionEn, String descriptionRu) {
        requireFreeCode(code, -1L);
        Course course = new Course(code, titleEn, titleRu, descriptionEn, descriptionRu, clock.instant());
        em.persist(course);
        em.flush(); // IDENTITY: the id is known from here on
        return course;
    }

    public Course editCourse(
            long id,
            long version,
            String code,
            String titleEn,
            String titleRu,
            String descriptionEn,
            String descriptionRu) {
        Course course = getCourse(id);
        ConcurrentEdit.check(course.getVersion(), version);
        requireFreeCode(code, id);
        course.changeCode(code);
        course.describe(titleEn, titleRu, descriptionEn, descriptionRu);
        return course;
    }

    public List<Offering> offerings() {
        return em.createNamedQuery(Offering.ALL, Offering.class).getResultList();
    }

    public Optional<Offering> findOffering(long id) {
        return Optional.ofNullable(em.find(Offering.class, id));
    }

    public Offering getOffering(long id) {
        return findOffering(id).orElseThrow(() -> new BusinessException("offering.notFound"));
    }

    public Offering addOffering(long courseId, Schedule schedule, Integer capacity, int essaysRequired) {
        Offering offering = new Offering(getCourse(courseId), schedule, capacity, essaysRequired, clock.instant());
        em.persist(offering);
        em.flush(); // IDENTITY: the id is known from here on
        return offering;
    }

    public Offering editOffering(
            long id, long version, long courseId, Schedule schedule, Integer capacity, int essaysRequired) {
        Offering offering = getOffering(id);
        ConcurrentEdit.check(offering.getVersion(), version);
        offering.moveTo(getCourse(courseId));
        offering.plan(schedule, capacity, essaysRequired);
        return offering;
    }

    /** The public catalogue: offerings whose enrollment window is open today. */
    public List<OpenOffering> catalogue() {
        return em
                .createNamedQuery(Offering.OPEN_ON, Offering.class)
                .setParameter("day", LocalDate.now(clock))
                .getResultList()
                .stream()
                .map(offering -> {
                    long taken = seatsTaken(offering);
                    return new OpenOffering(offering, offering.seatsLeft(taken), offering.isFull(taken));
                })
                .toList();
    }

    long seatsTaken(Offering offering) {
        return em.createNamedQuery(Enrollment.COUNT_HOLDING_SEATS, Long.class)
                .setParameter("offering", offering)
                .getSingleResult();
    }

    private void requireFreeCode(String code, long exceptId) {
        findCourseByCode(code).filter(course -> course.getId() != exceptId).ifPresent(course -> {
            throw new BusinessException("course.code.duplicate", course.getCode());
        });
    }
}
