package edu.aum.course.certificate.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a template's files come from: a folder a designer edits, or the copy packaged in the WAR. */
public interface TemplateFiles {

    /** The bytes of a file named relative to the template's folder; empty when it is not there. */
    Optional<byte[]> read(String relativePath);

    static TemplateFiles directory(Path folder) {
        return relativePath -> {
            Path file = folder.resolve(relativePath);
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** resourceFolder without slashes at the ends, e.g. "certificates-templates/default". */
    static TemplateFiles classpath(ClassLoader loader, String resourceFolder) {
        return relativePath -> {
            try (InputStream in = loader.getResourceAsStream(resourceFolder + "/" + relativePath)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** A name a designer may use: relative, forward slashes, never leaving the template's folder. */
    static boolean isSafe(String relativePath) {
        return relativePath != null
                && !relativePath.isBlank()
                && !relativePath.startsWith("/")
                && !relativePath.contains("\\")
                && !relativePath.contains(":")
                && java.util.Arrays.stream(relativePath.split("/")).noneMatch(".."::equals);
    }
}
