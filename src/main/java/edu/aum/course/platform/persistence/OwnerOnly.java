package edu.aum.course.platform.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files of secrets on the server's disk (the embedded database, the demo signing key):
 * readable by the account the server runs as, and by nobody else (0700 folders, 0600 files), whatever
 * the umask. Where the file system has no POSIX permissions (Windows), the user's profile protects them.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /** Creates the folder (and missing parents) if needed, then makes it and every file in it owner-only. */
    public static Path folder(Path folder) {
        try {
            Path absolute = folder.toAbsolutePath();
            if (!Files.isDirectory(absolute)) {
                Files.createDirectories(absolute);
            }
            set(absolute, FOLDER);
            try (Stream<Path> files = Files.list(absolute)) {
                files.filter(Files::isRegularFile).forEach(OwnerOnly::file);
            }
            return absolute;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + folder + " readable by its owner only", e);
        }
    }

    public static void file(Path file) {
        try {
            set(file, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + file + " readable by its owner only", e);
        }
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }
}
