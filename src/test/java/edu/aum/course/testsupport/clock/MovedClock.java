package edu.aum.course.testsupport.clock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/**
 * The server's time in the integration tests: the system clock plus an offset that the tests move
 * (PayaraServer.advanceClock). It reaches the server only in the test-clock jar that PayaraServer adds with
 * --addlibs, where the application's ClockProducer finds it through ServiceLoader; the WAR carries no such
 * provider, so a production start always runs on the system clock. Uses nothing but the JDK: the jar lives in
 * the server's class loader, which cannot see the application's classes.
 */
public final class MovedClock implements InstantSource {

    /** The system property (on the server's JVM) naming the file that holds the offset, e.g. "PT5M". */
    public static final String FILE_PROPERTY = "it.clock.file";

    private final Path file;
    private volatile Offset seen = new Offset(null, Duration.ZERO);

    public MovedClock() {
        this(fileFromProperty());
    }

    MovedClock(Path file) {
        this.file = file;
    }

    private static Path fileFromProperty() {
        String name = System.getProperty(FILE_PROPERTY);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("The test clock needs -D" + FILE_PROPERTY + "=<file>");
        }
        return Path.of(name);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset());
    }

    /** One stat a call; the file is read again only when its modification time changed. */
    private Duration offset() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Offset last = seen;
            if (modified.equals(last.modified())) {
                return last.offset();
            }
            Offset read =
                    new Offset(modified, Duration.parse(Files.readString(file).strip()));
            seen = read;
            return read.offset();
        } catch (IOException e) {
            throw new UncheckedIOException("The test clock's file " + file + " cannot be read", e);
        }
    }

    /**
     * Writes an offset for the server to use from its next reading of the clock on. The file is replaced at once
     * (never read half-written), and its modification time is set at least a second later than the one before, so
     * that the server sees the change even where the file system keeps whole seconds.
     */
    public static void write(Path file, Duration offset) {
        try {
            FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
            Path next = Files.writeString(file.resolveSibling(file.getFileName() + ".next"), offset.toString());
            Instant later = before.toInstant().plusSeconds(1);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Files.setLastModifiedTime(next, FileTime.from(now.isAfter(later) ? now : later));
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the test clock (" + file + ")", e);
        }
    }

    private record Offset(FileTime modified, Duration offset) {}
}
