package edu.aum.course.essay.control;

import edu.aum.course.notification.api.Outbox;
import edu.aum.course.platform.cluster.InstanceName;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.platform.i18n.Dates;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Queues a reminder exactly once: its row in reminders_sent and its mail are written in one transaction of its
 * own, and the row's key decides. Of two instances (or runs) queueing the same reminder at once, the second's
 * insert waits for the first's transaction and then inserts nothing, so it queues no mail; a restart finds the
 * row and does not send again.
 */
@Stateless
public class ReminderLedger {

    public static final String REMINDER_MAIL = "essay.reminder";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Dates dates;

    @Inject
    Settings settings;

    /** True when this call queued the mail; false when the reminder was queued before (or meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean queue(Reminder reminder) {
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("INSERT IGNORE INTO reminders_sent"
                        + " (enrollment_id, assignment_id, hours_before, due_at, queued_at, queued_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, reminder.enrollmentId())
                .setParameter(2, reminder.assignmentId())
                .setParameter(3, reminder.hoursBefore())
                .setParameter(4, Timestamp.from(reminder.dueAt()))
                .setParameter(5, Timestamp.from(now))
                .setParameter(6, InstanceName.get())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        outbox.queue(
                reminder.email(),
                reminder.name(),
                reminder.language(),
                REMINDER_MAIL,
                reminder.title(),
                dates.time(reminder.dueAt(), reminder.language().locale(), reminder.zone()),
                ReminderRule.hoursLeft(reminder.dueAt(), now),
                settings.publicBaseUrl() + "/student/essay.xhtml?assignment=" + reminder.assignmentId(),
                reminder.course(),
                settings.publicBaseUrl() + "/account/profile.xhtml");
        return true;
    }

    /** A DATETIME read back by a native query (a Timestamp, or a LocalDateTime from some drivers), as stored. */
    static Instant instant(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return ((LocalDateTime) column).atZone(ZoneId.systemDefault()).toInstant();
    }
}
