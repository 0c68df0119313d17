package edu.aum.course.platform.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A timer that every instance runs (@Schedule) does its work once per slot across them: the run of a slot is
 * claimed by one conditional UPDATE of the timer's row in cluster_locks, which exactly one instance wins. A slot
 * is the timer's period around the moment it fires, so clocks a little apart still agree on it; a last slot far
 * ahead (a test clock moved back) does not block the timer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TimerSlots {

    public static final String BATCH_RESUME = "timer:batch-resume";
    public static final String THROTTLES_CLEAN_UP = "timer:throttles-clean-up";
    public static final String RATE_WINDOWS_CLEAN_UP = "timer:rate-windows-clean-up";
    public static final String MARK_BY_REMINDERS = "timer:mark-by-reminders";
    public static final String REMINDERS = "timer:reminders";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** True when this instance runs the timer's present slot (its period is how often it fires). */
    public boolean claim(String timer, Duration period) {
        Instant slot = slot(clock.instant(), period);
        return em.createNativeQuery("UPDATE cluster_locks SET last_slot = ?, ran_by = ? WHERE name = ?"
                                + " AND (last_slot IS NULL OR last_slot < ? OR last_slot > ?)")
                        .setParameter(1, Timestamp.from(slot))
                        .setParameter(2, InstanceName.get())
                        .setParameter(3, timer)
                        .setParameter(4, Timestamp.from(slot))
                        .setParameter(5, Timestamp.from(slot.plus(period.multipliedBy(2))))
                        .executeUpdate()
                == 1;
    }

    /** The period's boundary nearest to now (whole seconds: MariaDB through Connector/J keeps no fractions). */
    static Instant slot(Instant now, Duration period) {
        long size = Math.max(1, period.toSeconds());
        long seconds = now.getEpochSecond() + (now.getNano() >= 500_000_000 ? 1 : 0) + size / 2;
        return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, size));
    }
}
