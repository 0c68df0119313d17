package edu.aum.course.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The median and 90th percentile by nearest rank, from how many essays took each number of hours. */
class TurnaroundTest {

    @Test
    void oneEssayIsItsOwnMedianAndPercentile() {
        assertEquals(new Turnaround(1, 7L, 7L), Turnaround.of(Map.of(7L, 1L)));
    }

    @Test
    void theMedianOfTwoIsTheSmallerAndTheNinetiethTheLarger() {
        assertEquals(new Turnaround(2, 5L, 30L), Turnaround.of(Map.of(30L, 1L, 5L, 1L)));
    }

    @Test
    void tenEssaysPutTheNinetiethPercentileAtTheNinth() {
        // hours 1..10, one essay each: rank ceil(5) = 5 and ceil(9) = 9
        Map<Long, Long> hours = new java.util.HashMap<>();
        for (long h = 1; h <= 10; h++) {
            hours.put(h, 1L);
        }
        assertEquals(new Turnaround(10, 5L, 9L), Turnaround.of(hours));
    }

    @Test
    void manyEssaysOfTheSameHoursWeighAsMany() {
        assertEquals(new Turnaround(12, 2L, 100L), Turnaround.of(Map.of(2L, 10L, 100L, 2L)));
    }

    @Test
    void nothingReleasedHasNoTimes() {
        assertEquals(Turnaround.NONE, Turnaround.of(Map.of()));
    }
}
