package edu.aum.course.account.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * The 100,000 most common passwords of the breach corpora (SecLists' "10-million-password-list-top-100000",
 * by Mark Burnett; shipped gzipped beside this class). Compared without regard to case. Only entries that
 * the length rule lets through are kept in memory: a shorter one is refused as too short anyway.
 */
final class CommonPasswords {

    static final String LIST = "common-passwords-100k.txt.gz";

    private CommonPasswords() {}

    static boolean contains(String password) {
        return Loaded.SET.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Loaded on first use, once. */
    private static final class Loaded {
        static final Set<String> SET = load();
    }

    static Set<String> load() {
        try (InputStream raw = CommonPasswords.class.getResourceAsStream(LIST)) {
            if (raw == null) {
                throw new IllegalStateException("The list " + LIST + " is missing from the build");
            }
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                return lines.lines()
                        .filter(line -> line.length() >= PasswordPolicy.MIN_LENGTH)
                        .map(line -> line.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many entries the shipped list has in all (a test checks the file is the whole list). */
    static long shippedEntries() {
        try (InputStream raw = CommonPasswords.class.getResourceAsStream(LIST);
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            return lines.lines().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
