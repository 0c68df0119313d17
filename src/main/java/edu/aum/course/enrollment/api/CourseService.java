package edu.aum.course.enrollment.api;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.ConcurrentEdit;
import edu.aum.course.platform.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Courses and their offerings, as administrators set them up and the catalogue shows them, and each offering's
 * teaching team, which decides what an instructor may see and do (Teaching).
 */
@Stateless
public class CourseService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

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

    /** What this staff member may work on; refused for anyone who is not an active instructor or admin. */
    public Teaching teaching(long actorId) {
        Account actor = em.find(Account.class, actorId);
        if (actor == null
                || !actor.isActive()
                || !(actor.getRoles().contains(Role.INSTRUCTOR)
                        || actor.getRoles().contains(Role.ADMIN))) {
            throw new BusinessException("staff.notStaff");
        }
        boolean admin = actor.getRoles().contains(Role.ADMIN);
        return new Teaching(
                actorId,
                admin,
                admin
                        ? List.of()
                        : em.createNamedQuery(Offering.IDS_TAUGHT_BY, Long.class)
                                .setParameter("instructor", actorId)
                                .getResultList());
    }

    /** The offerings in this scope: all for an admin, an instructor's teams'. */
    public List<Offering> offerings(Teaching teaching) {
        return teaching.isAdmin()
                ? offerings()
                : em.createNamedQuery(Offering.TAUGHT_BY, Offering.class)
                        .setParameter("instructor", teaching.actorId())
                        .getResultList();
    }

    /** An offering in this scope; empty for one that does not exist and for one outside it alike. */
    public Optional<Offering> findOffering(Teaching teaching, long id) {
        return findOffering(id).filter(teaching::covers);
    }

    /** An offering in this scope; refused as not found for one that does not exist and for one outside it alike. */
    public Offering getOffering(Teaching teaching, long id) {
        return findOffering(teaching, id).orElseThrow(() -> new BusinessException("offering.notFound"));
    }

    /** The active instructors, by name: whom an admin may put on a teaching team. */
    public List<Account> instructors() {
        return em.createQuery(
                        "SELECT a FROM Account a JOIN a.roles r WHERE r = :role ORDER BY a.fullName, a.id",
                        Account.class)
                .setParameter("role", Role.INSTRUCTOR)
                .getResultStream()
                .filter(Account::isActive)
                .toList();
    }

    /** The offering's teaching team, by name. */
    public List<Account> team(long offeringId) {
        return List.copyOf(getOffering(offeringId).getTeam());
    }

    /**
     * An admin sets the offering's teaching team; the form's version must still be the current one (a team or
     * an offering changed meanwhile is refused), and the change raises it. Audited.
     */
    public Offering changeTeam(long adminId, long offeringId, long version, Collection<Long> instructorIds) {
        if (!teaching(adminId).isAdmin()) {
            throw new BusinessException("offering.team.adminsOnly");
        }
        Offering offering = getOffering(offeringId);
        ConcurrentEdit.check(offering.getVersion(), version);
        List<Account> team = instructorIds.stream()
                .distinct()
                .map(id -> Optional.ofNullable(em.find(Account.class, id))
                        .orElseThrow(() -> new BusinessException("account.notFound")))
                .toList();
        offering.teachBy(team, clock.instant());
        em.flush(); // the version rises here; a change committed meanwhile fails here, not silently
        audit.record(
                adminId,
                "Offering",
                offeringId,
                "TEAM",
                null,
                null,
                team.stream().map(Account::getEmail).collect(Collectors.joining(", ")));
        return offering;
    }

    /**
     * An admin sets how long before a due time the offering's students are reminded ("48, 2"; empty: never); the
     * form's version must still be the current one. Audited.
     */
    public Offering changeReminders(long adminId, long offeringId, long version, String hours) {
        if (!teaching(adminId).isAdmin()) {
            throw new BusinessException("offering.team.adminsOnly");
        }
        Offering offering = getOffering(offeringId);
        ConcurrentEdit.check(offering.getVersion(), version);
        ReminderHours from = offering.getReminderHours();
        offering.remindBefore(ReminderHours.parse(hours));
        em.flush(); // the version rises here; a change committed meanwhile fails here, not silently
        audit.record(
                adminId,
                "Offering",
                offeringId,
                "REMINDERS",
                from.toString(),
                offering.getReminderHours().toString(),
                null);
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
