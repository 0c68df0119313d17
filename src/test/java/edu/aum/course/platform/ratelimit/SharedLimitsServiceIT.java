package edu.aum.course.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Instances;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request limit counts across instances: two (and four) "instances", each its own EntityManagerFactory and
 * RequestLimits on one database, share one budget. 100 requests through them against a limit of 30 a minute let
 * exactly 30 pass, whether they alternate or all come at once; the window after still remembers the burst, and a
 * window later the subject may go on. This test's subject is its own; its rows are deleted at the end.
 */
class SharedLimitsServiceIT {

    static Instances instances;

    final RateLimit limit = RateLimit.perMinute("verify", 30);
    final String subject = "198.51.100." + UUID.randomUUID();
    final TestClock clock = new TestClock(ServiceTier.START); // a window's first second

    @BeforeAll
    static void open() {
        instances = Instances.open(4);
    }

    @AfterAll
    static void close() {
        instances.close();
    }

    @AfterEach
    void deleteRows() {
        instances.inTransaction(
                0,
                em -> em.createNativeQuery("DELETE FROM rate_windows WHERE limit_key = ?")
                        .setParameter(1, Throttles.key(limit.kind(), subject))
                        .executeUpdate());
    }

    @Test
    void twoInstancesTakingTurnsShareOneBudget() {
        int passed = 0;
        Optional<Duration> refused = Optional.empty();
        for (int i = 0; i < 100; i++) {
            Optional<Duration> wait = acquire(i % 2);
            if (wait.isEmpty()) {
                passed++;
            } else {
                refused = wait;
            }
        }

        assertEquals(30, passed, "of 100 requests through two instances");
        assertTrue(refused.orElseThrow().toSeconds() >= 60, "Retry-After " + refused.get());
        clock.advance(Duration.ofSeconds(90)); // half of the last window still counts its 100
        assertTrue(acquire(1).isPresent(), "the window after remembers the burst");
        clock.advance(Duration.ofSeconds(60));
        assertTrue(acquire(0).isEmpty(), "two windows later");
    }

    @Test
    void requestsAtOnceThroughFourInstancesPassExactlyTheLimit() throws Exception {
        List<Optional<Duration>> answers = new ArrayList<>();
        Instances.atOnce(4, thread -> () -> {
                    List<Optional<Duration>> mine = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        mine.add(acquire(thread));
                    }
                    return mine;
                })
                .forEach(answers::addAll);

        assertEquals(100, answers.size());
        assertEquals(30, answers.stream().filter(Optional::isEmpty).count(), "of 100 requests at once");
    }

    @Test
    void windowsThatAreOverAreDeleted() {
        clock.set(Instant.parse("2001-01-01T00:00:00Z")); // long before any other row: only this test's is over
        acquire(0);
        clock.advance(Duration.ofMinutes(3)); // the window and the one after it are over
        Instant now = clock.instant();

        int deleted = instances.inTransaction(1, em -> {
            RateWindows windows = new RateWindows();
            windows.em = em;
            windows.clock = clock;
            return windows.deleteBefore(now);
        });

        assertTrue(deleted >= 1, "this test's window");
        assertTrue(acquire(0).isEmpty());
    }

    /** One request through the instance's own RequestLimits, in its own transaction (REQUIRES_NEW). */
    private Optional<Duration> acquire(int instance) {
        RequestLimits limits = new RequestLimits();
        limits.clock = clock;
        limits.windows = new RateWindows() {
            @Override
            public Counts count(String key, Instant start, Duration size) {
                return instances.inTransaction(instance, em -> {
                    RateWindows windows = new RateWindows();
                    windows.em = em;
                    windows.clock = clock;
                    return windows.count(key, start, size);
                });
            }
        };
        return limits.acquire(limit, subject);
    }
}
