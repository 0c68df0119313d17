package edu.aum.course.essay.control;

import edu.aum.course.platform.i18n.Language;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One reminder to queue: whom (enrollment), for what (assignment, due time, hours before) and what the mail says,
 * in values (zone: the student's, null for the course's), so that it is queued in a transaction of its own (ReminderLedger).
 */
public record Reminder(
        long enrollmentId,
        long assignmentId,
        int hoursBefore,
        Instant dueAt,
        String email,
        String name,
        Language language,
        String title,
        String course,
        ZoneId zone) {}
