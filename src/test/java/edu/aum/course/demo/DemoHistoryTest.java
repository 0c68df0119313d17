package edu.aum.course.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A step of the demo's history (one service call, one transaction) that lost a row lock to another transaction is
 * taken again, so a deadlock during a cluster's start never leaves last year's class half made; any other failure
 * is the start's.
 */
class DemoHistoryTest {

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aStepThatWasADeadlocksVictimIsTakenAgainAndAnswersItsResult() {
        String result = DemoHistory.retried(() -> {
            if (runs.incrementAndGet() < 3) {
                throw conflict(runs.get() == 1 ? 1213 : 1205);
            }
            return "released";
        });

        assertEquals("released", result);
        assertEquals(3, runs.get());
    }

    @Test
    void anyOtherFailureIsThrownAtOnce() {
        IllegalStateException refused = new IllegalStateException("not open");

        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> DemoHistory.retried(() -> {
                    runs.incrementAndGet();
                    throw refused;
                }));

        assertSame(refused, thrown);
        assertEquals(1, runs.get());
    }

    @Test
    void aConflictThatStaysIsThrownAfterAFewTries() {
        assertThrows(
                EJBException.class,
                () -> DemoHistory.retried(() -> {
                    runs.incrementAndGet();
                    throw conflict(1213);
                }));

        assertEquals(DemoHistory.STEP_TRIES, runs.get());
    }

    /** As the container shows it: Connector/J's SQLException inside EclipseLink's inside the EJB container's. */
    private static EJBException conflict(int code) {
        return new EJBException(new PersistenceException(new SQLException("lock", "40001", code)));
    }
}
