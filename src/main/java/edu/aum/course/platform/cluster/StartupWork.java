package edu.aum.course.platform.cluster;

import edu.aum.course.platform.persistence.DatabaseFaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Start-up work that N instances starting at once on one database must not do side by side (demo data, the
 * first admin): it runs while holding the lock 'startup', so they take turns, and each finds what the ones
 * before it made. The work itself creates only what is missing, so a turn that lost a row lock to another
 * instance's running work (a lock wait timeout or a deadlock, likely while several instances start on two cores)
 * is taken again rather than failing the start.
 */
@ApplicationScoped
public class StartupWork {

    private static final Logger LOG = Logger.getLogger(StartupWork.class.getName());
    static final Duration PATIENCE = Duration.ofMinutes(30);
    /** How many times a turn is taken when its work loses a row lock to another transaction. */
    static final int CONFLICT_TRIES = 5;

    @Inject
    StartupLock lock;

    /** Runs the work in this instance's turn; IllegalStateException when no turn came within half an hour. */
    public void inTurn(String what, Runnable work) {
        inTurn(StartupLock.STARTUP, what, work);
    }

    void inTurn(String lockName, String what, Runnable work) {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        int conflicts = 0;
        for (int tries = 1; ; tries++) {
            try {
                lock.holding(lockName, work);
                LOG.info(() ->
                        "Start-up work done once across instances: " + what + " (instance " + InstanceName.get() + ")");
                return;
            } catch (LockBusy e) {
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("No turn for " + what + " within " + PATIENCE, e);
                }
                if (tries == 1 || tries % 10 == 0) {
                    LOG.info(() -> "Waiting for another instance's start-up work before " + what);
                }
            } catch (RuntimeException e) {
                if (!DatabaseFaults.lockConflict(e) || ++conflicts >= CONFLICT_TRIES) {
                    throw e;
                }
                int conflict = conflicts;
                LOG.log(
                        Level.WARNING,
                        e,
                        () -> "Start-up work " + what + " lost a row lock to another transaction (" + conflict + " of "
                                + CONFLICT_TRIES + "); taking the turn again");
            }
        }
    }
}
