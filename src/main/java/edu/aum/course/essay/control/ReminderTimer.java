package edu.aum.course.essay.control;

import edu.aum.course.platform.cluster.TimerSlots;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminders before due dates: every instance fires every half minute, one of them runs the slot (TimerSlots),
 * and each due reminder is queued in its own transaction (ReminderLedger), so one that fails does not hold up
 * the others and is tried again in the next slot.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());
    static final Duration PERIOD = Duration.ofSeconds(30);

    @Inject
    TimerSlots slots;

    @Inject
    ReminderPlan plan;

    @Inject
    ReminderLedger ledger;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "0,30", persistent = false)
    void remind() {
        if (slots.claim(TimerSlots.REMINDERS, PERIOD)) {
            remindNow();
        }
    }

    /** Queues the reminders due now; answers how many this run queued. */
    public int remindNow() {
        int queued = 0;
        for (Reminder reminder : plan.due(clock.instant())) {
            try {
                queued += ledger.queue(reminder) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Reminder not queued, tried again in the next slot: " + reminder);
            }
        }
        return queued;
    }
}
