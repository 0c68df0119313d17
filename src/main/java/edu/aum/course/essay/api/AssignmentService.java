package edu.aum.course.essay.api;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.api.Teaching;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.Extension;
import edu.aum.course.essay.entity.WordBounds;
import edu.aum.course.notification.api.Outbox;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.ConcurrentEdit;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.Language;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Instructors and administrators set an offering's essay assignments and give students extensions. The staff
 * methods (those taking the actor) reach only the offerings the actor works on (CourseService.teaching): an
 * instructor their teams', an admin all; another offering's assignment answers as not found.
 */
@Stateless
public class AssignmentService {

    static final String EXTENSION = "Extension";
    public static final String EXTENSION_MAIL = "essay.extension";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CourseService courses;

    @Inject
    EnrollmentService enrollments;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Dates dates;

    @Inject
    Settings settings;

    public List<Assignment> ofOffering(long offeringId) {
        return em.createNamedQuery(Assignment.OF_OFFERING, Assignment.class)
                .setParameter("offering", offeringId)
                .getResultList();
    }

    /** The assignments of an offering the actor works on; refused as not found for another. */
    public List<Assignment> ofOffering(long actorId, long offeringId) {
        courses.getOffering(courses.teaching(actorId), offeringId);
        return ofOffering(offeringId);
    }

    public Optional<Assignment> find(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    public Assignment get(long id) {
        return find(id).orElseThrow(() -> new BusinessException("assignment.notFound"));
    }

    /** An assignment of an offering the actor works on; empty for an unknown one and another offering's alike. */
    public Optional<Assignment> find(long actorId, long id) {
        Teaching teaching = courses.teaching(actorId);
        return find(id).filter(a -> teaching.covers(a.getOffering()));
    }

    /** As find, refused as not found when empty. */
    public Assignment get(long actorId, long id) {
        return find(actorId, id).orElseThrow(() -> new BusinessException("assignment.notFound"));
    }

    public Assignment add(
            long actorId,
            long offeringId,
            Assignment.Text text,
            Deadlines deadlines,
            WordBounds words,
            boolean countsForCertificate) {
        Offering offering = courses.getOffering(courses.teaching(actorId), offeringId);
        Assignment assignment = new Assignment(offering, text, deadlines, words, countsForCertificate, clock.instant());
        em.persist(assignment);
        em.flush(); // IDENTITY: the id is known from here on
        return assignment;
    }

    /** Changes an assignment; the form's version must still be the current one (optimistic locking). */
    public Assignment edit(
            long actorId,
            long id,
            long version,
            Assignment.Text text,
            Deadlines deadlines,
            WordBounds words,
            boolean countsForCertificate) {
        Assignment assignment = get(actorId, id);
        ConcurrentEdit.check(assignment.getVersion(), version);
        assignment.describe(text);
        assignment.plan(deadlines, words, countsForCertificate);
        return assignment;
    }

    /**
     * A later due and cut-off time for one enrolled student; one per student and assignment, so a second grant
     * changes the first. Audited, and mailed to the student.
     */
    public Extension grantExtension(
            long actorId, long assignmentId, long enrollmentId, Instant dueAt, Instant cutoffAt) {
        Assignment assignment = get(actorId, assignmentId);
        Enrollment enrollment = enrollments
                .find(enrollmentId)
                .filter(e ->
                        e.getOffering().getId().equals(assignment.getOffering().getId()))
                .orElseThrow(() -> new BusinessException("enrollment.notFound"));
        if (dueAt != null && !dueAt.isAfter(assignment.getDueAt())) {
            throw new BusinessException("extension.notLater");
        }
        Account actor = accounts.find(actorId).orElseThrow();
        Optional<Extension> given = findExtension(assignmentId, enrollmentId);
        Extension extension;
        String from = null;
        if (given.isPresent()) {
            extension = given.get();
            from = "due " + extension.getDueAt() + ", cut-off " + extension.getCutoffAt();
            extension.change(dueAt, cutoffAt, actor, clock.instant());
        } else {
            extension = new Extension(assignment, enrollment, dueAt, cutoffAt, actor, clock.instant());
            em.persist(extension);
        }
        em.flush();
        audit.record(
                actorId,
                EXTENSION,
                extension.getId(),
                given.isPresent() ? "CHANGE" : "GRANT",
                null,
                null,
                "assignment " + assignmentId + ", enrollment " + enrollmentId + ", due " + dueAt + ", cut-off "
                        + cutoffAt + (from == null ? "" : " (was " + from + ")"));
        mailExtension(extension, given.isPresent());
        return extension;
    }

    /** The student learns their new dates (and their reminders follow the new due time, ReminderPlan). */
    private void mailExtension(Extension extension, boolean changed) {
        Account student = extension.getEnrollment().getStudent();
        Language language = student.getPreferredLanguage();
        Assignment assignment = extension.getAssignment();
        outbox.queue(
                student.getEmail(),
                student.getFullName(),
                language,
                EXTENSION_MAIL,
                assignment.title(language),
                dates.time(extension.getDueAt(), language.locale(), student.zoneOrNull()),
                dates.time(extension.getCutoffAt(), language.locale(), student.zoneOrNull()),
                settings.publicBaseUrl() + "/student/essay.xhtml?assignment=" + assignment.getId(),
                assignment.getOffering().getCourse().title(language),
                changed ? 1 : 0);
    }

    public Optional<Extension> findExtension(long assignmentId, long enrollmentId) {
        return em.createNamedQuery(Extension.FIND, Extension.class)
                .setParameter("assignment", assignmentId)
                .setParameter("enrollment", enrollmentId)
                .getResultStream()
                .findFirst();
    }

    /** The extensions given for an assignment the actor works on. */
    public List<Extension> extensionsOf(long actorId, long assignmentId) {
        get(actorId, assignmentId);
        return em.createNamedQuery(Extension.OF_ASSIGNMENT, Extension.class)
                .setParameter("assignment", assignmentId)
                .getResultList();
    }

    /** The active students of an offering the actor works on, to choose whom an extension is for. */
    public List<Enrollment> activeEnrollments(long actorId, long offeringId) {
        courses.getOffering(courses.teaching(actorId), offeringId);
        return em.createQuery(
                        "SELECT e FROM Enrollment e JOIN FETCH e.student s WHERE e.offering.id = :offering"
                                + " AND e.status = :status ORDER BY s.fullName, e.id",
                        Enrollment.class)
                .setParameter("offering", offeringId)
                .setParameter("status", EnrollmentStatus.ACTIVE)
                .getResultList();
    }
}
