package edu.aum.course.account.entity;

import edu.aum.course.account.api.Account;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's full name as they want it on a certificate, in any script: letters with their accents,
 * spaces, hyphens, apostrophes, dots and commas. Trimmed, inner whitespace collapsed, composed (NFC).
 */
public final class PersonName {

    public static final int MAX_LENGTH = Account.NAME_MAX;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M} .,'’ʼ‐‑-]+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private PersonName() {}

    /** The name as it is stored, or the raw text trimmed if it breaks the rule (see problem()). */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        return WHITESPACE
                .matcher(Normalizer.normalize(raw, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
    }

    /** The key of the message that explains why the name cannot be used, if it cannot. */
    public static Optional<String> problem(String raw) {
        String name = normalize(raw);
        if (name.isEmpty()) {
            return Optional.of("name.required");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("name.tooLong");
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("name.invalidCharacters");
        }
        if (!LETTER.matcher(name).find()) {
            return Optional.of("name.needsLetter");
        }
        return Optional.empty();
    }

    /** The normalized name; throws IllegalArgumentException when it breaks the rule. */
    public static String require(String raw) {
        problem(raw).ifPresent(key -> {
            throw new IllegalArgumentException("Not a usable name (" + key + ")");
        });
        return normalize(raw);
    }
}
