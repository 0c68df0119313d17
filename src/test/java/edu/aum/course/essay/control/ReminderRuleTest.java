package edu.aum.course.essay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.essay.entity.Deadlines;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderRuleTest {

    static final Instant DUE = Instant.parse("2031-03-10T12:00:00Z");
    static final Deadlines DEADLINES = new Deadlines(DUE.minus(Duration.ofDays(7)), DUE, DUE.plus(Duration.ofDays(1)));
    static final List<Duration> BEFORE = List.of(Duration.ofHours(48), Duration.ofHours(2));

    static Optional<Duration> at(Duration beforeDue) {
        return ReminderRule.dueAt(DEADLINES, BEFORE, DUE.minus(beforeDue));
    }

    @Test
    void eachReminderIsDueFromItsMomentUntilTheNextOne() {
        assertEquals(Optional.empty(), at(Duration.ofHours(48).plusSeconds(1)));
        assertEquals(Optional.of(Duration.ofHours(48)), at(Duration.ofHours(48)));
        assertEquals(Optional.of(Duration.ofHours(48)), at(Duration.ofHours(2).plusSeconds(1)));
        assertEquals(Optional.of(Duration.ofHours(2)), at(Duration.ofHours(2)));
        assertEquals(Optional.of(Duration.ofHours(2)), at(Duration.ofSeconds(1)));
    }

    @Test
    void noneAtOrAfterTheDueTimeNorBeforeTheOpening() {
        assertEquals(Optional.empty(), at(Duration.ZERO));
        assertEquals(Optional.empty(), at(Duration.ofHours(-1)));
        Deadlines opensLate = new Deadlines(DUE.minus(Duration.ofHours(24)), DUE, DUE);
        assertEquals(Optional.empty(), ReminderRule.dueAt(opensLate, BEFORE, DUE.minus(Duration.ofHours(25))));
        assertEquals(
                Optional.of(Duration.ofHours(48)),
                ReminderRule.dueAt(opensLate, BEFORE, DUE.minus(Duration.ofHours(24))),
                "opened inside the 48-hour window: that reminder goes out at the opening");
    }

    @Test
    void hoursLeftAreRounded() {
        assertEquals(
                48, ReminderRule.hoursLeft(DUE, DUE.minus(Duration.ofHours(48)).plusSeconds(25)));
        assertEquals(0, ReminderRule.hoursLeft(DUE, DUE.minus(Duration.ofMinutes(20))));
    }
}
