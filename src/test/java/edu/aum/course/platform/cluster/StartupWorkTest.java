package edu.aum.course.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A turn whose work lost a row lock to another instance (as seen through the container: an EJBException around
 * EclipseLink's PersistenceException around Connector/J's SQLException) is taken again; any other failure ends the
 * start at once, and a conflict that does not go away ends it after a few turns.
 */
class StartupWorkTest {

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aLockWaitTimeoutOrADeadlockTakesTheTurnAgain() {
        StartupWork startup = startup();

        startup.inTurn("test", "work that waits once and deadlocks once", () -> {
            int run = runs.incrementAndGet();
            if (run == 1) {
                throw conflict("Lock wait timeout exceeded; try restarting transaction", 1205);
            }
            if (run == 2) {
                throw conflict("Deadlock found when trying to get lock", 1213);
            }
        });

        assertEquals(3, runs.get(), "ran until it went through");
    }

    @Test
    void anyOtherFailureEndsTheStartAtOnce() {
        StartupWork startup = startup();
        IllegalStateException broken = new IllegalStateException("a bug");

        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> startup.inTurn("test", "broken work", () -> {
                    runs.incrementAndGet();
                    throw broken;
                }));

        assertSame(broken, thrown);
        assertEquals(1, runs.get());
    }

    @Test
    void aConflictThatStaysEndsTheStartAfterAFewTurns() {
        StartupWork startup = startup();

        assertThrows(
                EJBException.class,
                () -> startup.inTurn("test", "always blocked", () -> {
                    runs.incrementAndGet();
                    throw conflict("Lock wait timeout exceeded", 1205);
                }));

        assertEquals(StartupWork.CONFLICT_TRIES, runs.get());
    }

    private static EJBException conflict(String message, int code) {
        return new EJBException(new PersistenceException(new SQLException(message, "40001", code)));
    }

    /** The lock is always free here: holding it just runs the work. */
    private static StartupWork startup() {
        StartupWork startup = new StartupWork();
        startup.lock = new StartupLock() {
            @Override
            public void holding(String name, Runnable work) {
                work.run();
            }
        };
        return startup;
    }
}
