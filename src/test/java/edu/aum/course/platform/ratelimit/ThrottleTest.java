package edu.aum.course.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.ratelimit.Throttle.Rule;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Rule FIXED = Rule.fixed(3, Duration.ofHours(1));
    private static final Rule GROWING =
            Rule.growing(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void aFixedRuleAllowsItsLimitPerWindowThenLocksUntilTheWindowIsOver() {
        Throttle throttle = new Throttle("mail-to:x", NOW);
        assertFalse(throttle.record(NOW, FIXED));
        assertFalse(throttle.record(NOW.plusSeconds(60), FIXED));
        assertTrue(throttle.record(NOW.plusSeconds(120), FIXED), "the third reaches the limit");

        assertTrue(throttle.isLocked(NOW.plus(Duration.ofMinutes(61))));
        assertFalse(throttle.isLocked(NOW.plus(Duration.ofMinutes(62))));
        assertFalse(throttle.record(NOW.plus(Duration.ofMinutes(62)), FIXED), "a fixed lock does not grow");
    }

    @Test
    void aGrowingRuleLocksAgainAtEachFurtherEventTwiceAsLongUpToItsLongest() {
        Throttle throttle = new Throttle("guess:x", NOW);
        for (int i = 0; i < 4; i++) {
            assertFalse(throttle.record(NOW, GROWING));
        }
        Instant at = NOW;
        assertTrue(throttle.record(at, GROWING));
        assertEquals(at.plus(Duration.ofMinutes(1)), throttle.getLockedUntil());
        for (int minutes : new int[] {2, 4, 8, 16, 32, 60, 60}) {
            at = throttle.getLockedUntil();
            assertTrue(throttle.record(at, GROWING), "one failure after the lock locks again");
            assertEquals(at.plus(Duration.ofMinutes(minutes)), throttle.getLockedUntil());
        }
    }

    @Test
    void eventsWhileLockedAreNotCountedAndAResetForgetsAll() {
        Throttle throttle = new Throttle("guess:x", NOW);
        for (int i = 0; i < 5; i++) {
            throttle.record(NOW, GROWING);
        }
        Instant until = throttle.getLockedUntil();
        assertTrue(throttle.record(NOW.plusSeconds(30), GROWING));
        assertEquals(until, throttle.getLockedUntil(), "a failure while locked does not extend the lock");

        throttle.reset(NOW.plusSeconds(90));
        assertFalse(throttle.isLocked(NOW.plusSeconds(90)));
        assertFalse(throttle.record(NOW.plusSeconds(91), GROWING), "after a reset, five failures again");
        assertEquals(1, throttle.getCount());
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        Throttle throttle = new Throttle("guess:x", NOW);
        for (int i = 0; i < 4; i++) {
            throttle.record(NOW.plus(Duration.ofMinutes(i)), GROWING);
        }

        assertFalse(throttle.record(NOW.plus(Duration.ofMinutes(16)), GROWING));
        assertEquals(1, throttle.getCount());
    }
}
