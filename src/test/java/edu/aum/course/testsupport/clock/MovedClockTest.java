package edu.aum.course.testsupport.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovedClockTest {

    @TempDir
    Path folder;

    @Test
    void eachOffsetWrittenIsSeenAtTheNextReadingEvenWhenWrittenWithinTheSameSecond() throws IOException {
        Path file = folder.resolve("clock-offset");
        MovedClock.write(file, Duration.ZERO);
        MovedClock clock = new MovedClock(file);
        for (int hours = 1; hours <= 5; hours++) {
            MovedClock.write(file, Duration.ofHours(hours));
            Duration ahead = Duration.between(Instant.now(), clock.instant());
            assertTrue(
                    ahead.compareTo(Duration.ofHours(hours)) >= 0
                            && ahead.compareTo(Duration.ofHours(hours).plusMinutes(1)) < 0,
                    hours + " h: " + ahead);
        }
        MovedClock.write(file, Duration.ZERO);
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().compareTo(Duration.ofMinutes(1)) < 0);
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
