package edu.aum.course.essay.control;

import edu.aum.course.essay.entity.Deadlines;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which reminder is due now for one student's due time: reminder "h before" is due from (due − h) until the next,
 * smaller one is, and never before the assignment opens or once the due time has passed. So a reminder whose
 * moment fell while no instance ran still goes out late, but only while the due time is ahead, and a student who
 * missed several gets only the latest of them.
 */
final class ReminderRule {

    private ReminderRule() {}

    /** The reminder (hours before, largest first as ReminderHours keeps them) whose window holds now, if any. */
    static Optional<Duration> dueAt(Deadlines deadlines, List<Duration> before, Instant now) {
        Instant due = deadlines.dueAt();
        if (now.isBefore(deadlines.opensAt()) || !now.isBefore(due)) {
            return Optional.empty();
        }
        Optional<Duration> current = Optional.empty();
        for (Duration reminder : before) {
            if (!now.isBefore(due.minus(reminder))) {
                current = Optional.of(reminder); // a later (smaller) one replaces it
            }
        }
        return current;
    }

    /** Whole hours left, rounded: a reminder 48 hours before that goes out a few seconds late still says 48. */
    static long hoursLeft(Instant due, Instant now) {
        return Duration.between(now, due).plusMinutes(30).toHours();
    }
}
