package edu.aum.course.essay.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.entity.Extension;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reminders due now (ReminderRule) and not queued yet: for each open assignment whose due time (or a
 * student's extended one) is ahead, each active student of its offering who wants reminders and has not
 * submitted; withdrawn and completed students, and those who turned reminders off, get none.
 */
@Stateless
public class ReminderPlan {

    @PersistenceContext
    EntityManager em;

    public List<Reminder> due(Instant now) {
        List<Reminder> due = new ArrayList<>();
        for (Assignment assignment : openAssignments(now)) {
            List<Duration> before = assignment.getOffering().getReminderHours().before();
            if (!before.isEmpty()) {
                due.addAll(due(assignment, before, now));
            }
        }
        return due;
    }

    private List<Assignment> openAssignments(Instant now) {
        return em.createQuery(
                        "SELECT a FROM Assignment a JOIN FETCH a.offering WHERE a.opensAt <= :now AND (a.dueAt > :now"
                                + " OR EXISTS (SELECT x FROM Extension x WHERE x.assignment = a AND x.dueAt > :now))"
                                + " ORDER BY a.id",
                        Assignment.class)
                .setParameter("now", now)
                .getResultList();
    }

    private List<Reminder> due(Assignment assignment, List<Duration> before, Instant now) {
        Map<Long, Extension> extended = em.createNamedQuery(Extension.OF_ASSIGNMENT, Extension.class)
                .setParameter("assignment", assignment.getId())
                .getResultStream()
                .collect(Collectors.toMap(x -> x.getEnrollment().getId(), Function.identity()));
        Set<Long> submitted = new HashSet<>(em.createQuery(
                        "SELECT s.enrollment.id FROM Submission s WHERE s.assignment.id = :assignment"
                                + " AND s.status <> :draft",
                        Long.class)
                .setParameter("assignment", assignment.getId())
                .setParameter("draft", SubmissionStatus.DRAFT)
                .getResultList());
        Set<String> queued = queued(assignment.getId());
        List<Reminder> due = new ArrayList<>();
        for (Enrollment enrollment : students(assignment)) {
            if (submitted.contains(enrollment.getId())) {
                continue;
            }
            var deadlines = assignment.deadlinesFor(extended.get(enrollment.getId()));
            Instant dueAt = deadlines.dueAt().truncatedTo(ChronoUnit.SECONDS);
            ReminderRule.dueAt(deadlines, before, now)
                    .map(reminder -> reminder(assignment, enrollment, (int) reminder.toHours(), dueAt))
                    .filter(reminder -> !queued.contains(key(reminder.enrollmentId(), reminder.hoursBefore(), dueAt)))
                    .ifPresent(due::add);
        }
        return due;
    }

    private List<Enrollment> students(Assignment assignment) {
        return em.createQuery(
                        "SELECT e FROM Enrollment e JOIN FETCH e.student s WHERE e.offering.id = :offering"
                                + " AND e.status = :active AND s.remindersWanted = TRUE ORDER BY e.id",
                        Enrollment.class)
                .setParameter("offering", assignment.getOffering().getId())
                .setParameter("active", EnrollmentStatus.ACTIVE)
                .getResultStream()
                .filter(e -> e.getStudent().isActive())
                .toList();
    }

    /** What the ledger holds for the assignment, as keys (a first look: the ledger's own key decides). */
    private Set<String> queued(long assignmentId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT enrollment_id, hours_before, due_at FROM reminders_sent WHERE assignment_id = ?")
                .setParameter(1, assignmentId)
                .getResultList();
        Set<String> keys = new HashSet<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            keys.add(key(
                    ((Number) columns[0]).longValue(),
                    ((Number) columns[1]).intValue(),
                    ReminderLedger.instant(columns[2])));
        }
        return keys;
    }

    private static String key(long enrollmentId, int hoursBefore, Instant dueAt) {
        return enrollmentId + "/" + hoursBefore + "/" + dueAt.getEpochSecond();
    }

    private static Reminder reminder(Assignment assignment, Enrollment enrollment, int hoursBefore, Instant dueAt) {
        Account student = enrollment.getStudent();
        var language = student.getPreferredLanguage();
        return new Reminder(
                enrollment.getId(),
                assignment.getId(),
                hoursBefore,
                dueAt,
                student.getEmail(),
                student.getFullName(),
                language,
                assignment.title(language),
                assignment.getOffering().getCourse().title(language),
                student.zoneOrNull());
    }
}
