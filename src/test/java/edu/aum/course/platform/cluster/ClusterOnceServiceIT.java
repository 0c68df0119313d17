package edu.aum.course.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.testsupport.Instances;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.testsupport.TestClock;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Work that must be done once, done by several instances at the same moment on one database (four
 * EntityManagerFactories, two threads each, released together): a timer's slot is run by exactly one, and
 * start-up work in turn (check, then create) creates exactly once while every other instance waits and then finds
 * it made. The rows are this test's own (a lock row and a marker of unique names), deleted at its end.
 */
class ClusterOnceServiceIT {

    static final int INSTANCES = 4;
    static final int THREADS = 8;

    static Instances instances;

    final String name = "test:" + UUID.randomUUID().toString().substring(0, 18);
    final TestClock clock = new TestClock(ServiceTier.START);

    @BeforeAll
    static void open() {
        instances = Instances.open(INSTANCES);
    }

    @AfterAll
    static void close() {
        instances.close();
    }

    @BeforeEach
    void lockRow() {
        instances.inTransaction(
                0,
                em -> em.createNativeQuery("INSERT INTO cluster_locks (name) VALUES (?)")
                        .setParameter(1, name)
                        .executeUpdate());
    }

    @AfterEach
    void deleteRows() {
        instances.inTransaction(
                0,
                em -> em.createNativeQuery("DELETE FROM cluster_locks WHERE name = ?")
                                .setParameter(1, name)
                                .executeUpdate()
                        + em.createNativeQuery("DELETE FROM shared_versions WHERE name = ?")
                                .setParameter(1, name)
                                .executeUpdate());
    }

    @Test
    void eachSlotOfATimerIsRunByExactlyOneOfTheInstancesFiringAtOnce() throws Exception {
        Duration period = Duration.ofSeconds(10);

        assertEquals(1, claimsAtOnce(period), "the first slot");
        assertEquals(0, claimsAtOnce(period), "the same slot fired again (a late timer)");
        clock.advance(period);
        assertEquals(1, claimsAtOnce(period), "the next slot");
        clock.advance(Duration.ofHours(-1)); // a test clock moved back: the slot far ahead does not block the timer
        assertEquals(1, claimsAtOnce(period), "after the clock moved back");
    }

    @Test
    void startUpWorkInTurnCreatesOnceAndTheOthersFindItMade() throws Exception {
        AtomicInteger made = new AtomicInteger();
        List<Boolean> found = Instances.atOnce(THREADS, thread -> () -> {
            boolean[] sawItMade = new boolean[1];
            InTransaction lock = new InTransaction(thread % INSTANCES);
            StartupWork startup = new StartupWork();
            startup.lock = lock;
            startup.inTurn(name, "a test's start-up work", () -> {
                EntityManager em = lock.em;
                boolean missing = em.createNativeQuery("SELECT version FROM shared_versions WHERE name = ?")
                        .setParameter(1, name)
                        .getResultList()
                        .isEmpty();
                if (missing) { // check, then create: the pattern that failed with a duplicate key at once
                    em.createNativeQuery("INSERT INTO shared_versions (name, version) VALUES (?, 1)")
                            .setParameter(1, name)
                            .executeUpdate();
                    made.incrementAndGet();
                }
                sawItMade[0] = !missing;
            });
            return sawItMade[0];
        });

        assertEquals(1, made.get(), "made once");
        assertEquals(THREADS - 1, found.stream().filter(f -> f).count(), "every other instance found it made");
    }

    /** How many of the threads claimed the test timer's present slot. */
    private long claimsAtOnce(Duration period) throws Exception {
        return Instances.atOnce(
                        THREADS,
                        thread -> () -> instances.inTransaction(thread % INSTANCES, em -> {
                            TimerSlots slots = new TimerSlots();
                            slots.em = em;
                            slots.clock = clock;
                            return slots.claim(name, period);
                        }))
                .stream()
                .filter(claimed -> claimed)
                .count();
    }

    /** The lock as the container runs it: each holding in a new transaction (REQUIRES_NEW) on its instance. */
    private static final class InTransaction extends StartupLock {
        private final int instance;

        InTransaction(int instance) {
            this.instance = instance;
            this.outside = new OwnTransactions();
        }

        @Override
        public void holding(String name, Runnable work) {
            instances.inTransaction(instance, em -> {
                this.em = em;
                super.holding(name, work);
                return null;
            });
        }
    }
}
