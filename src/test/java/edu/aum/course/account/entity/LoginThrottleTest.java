package edu.aum.course.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.entity.LoginThrottle.Rule;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Five failures within 15 minutes lock for 15 minutes; older failures are forgotten. */
class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Rule RULE = new Rule(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void theFifthFailureWithinTheWindowLocks() {
        LoginThrottle throttle = new LoginThrottle("email:x", NOW);
        for (int i = 0; i < 4; i++) {
            assertFalse(throttle.recordFailure(NOW.plus(Duration.ofMinutes(i)), RULE));
        }
        assertFalse(throttle.isLocked(NOW.plus(Duration.ofMinutes(4))));

        assertTrue(throttle.recordFailure(NOW.plus(Duration.ofMinutes(4)), RULE));

        assertTrue(throttle.isLocked(NOW.plus(Duration.ofMinutes(18))));
        assertFalse(throttle.isLocked(NOW.plus(Duration.ofMinutes(19))), "the lock lasts 15 minutes");
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        LoginThrottle throttle = new LoginThrottle("email:x", NOW);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(NOW.plus(Duration.ofMinutes(i)), RULE);
        }

        assertFalse(throttle.recordFailure(NOW.plus(Duration.ofMinutes(16)), RULE));
        assertEquals(1, throttle.getFailures());
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        LoginThrottle throttle = new LoginThrottle("email:x", NOW);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(NOW, RULE);
        }
        Instant until = throttle.getLockedUntil();

        assertTrue(throttle.recordFailure(NOW.plus(Duration.ofMinutes(10)), RULE));

        assertEquals(until, throttle.getLockedUntil());
    }

    @Test
    void aSuccessForgetsTheFailures() {
        LoginThrottle throttle = new LoginThrottle("email:x", NOW);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(NOW, RULE);
        }

        throttle.reset(NOW.plusSeconds(1));

        assertEquals(0, throttle.getFailures());
        assertFalse(throttle.recordFailure(NOW.plusSeconds(2), RULE));
    }
}
