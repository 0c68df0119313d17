package edu.aum.course.account.entity;

import edu.aum.course.account.api.Account;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as accounts keep it: trimmed, lower case, one @, a dot in the domain, and no
 * invisible character (control, format or bidi character, line or paragraph separator), which would
 * make a look-alike of another account's address. The local part is a dot-atom of RFC 5322 (letters of
 * any script, as RFC 6531 allows, digits and {@code !#$%&'*+/=?^_`{|}~-}), the domain dot-separated
 * labels of letters, digits and hyphens: no markup, quotes, brackets, commas, colons or empty runs, which
 * mail software reads as something else ({@code x<other@evil.example>} is a name and another address).
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = Account.EMAIL_MAX;

    private static final String ATOM = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{M}\\p{N}-]+";
    private static final Pattern SHAPE = Pattern.compile(ATOM + "(\\." + ATOM + ")*@" + LABEL + "(\\." + LABEL + ")+");

    private EmailAddress() {}

    public static String normalize(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** The key of the message that explains why the address cannot be used, if it cannot. */
    public static Optional<String> problem(String raw) {
        String email = normalize(raw);
        if (email.isEmpty()) {
            return Optional.of("email.required");
        }
        if (raw.codePoints().anyMatch(EmailAddress::isInvisible)) {
            return Optional.of("email.invisibleCharacters");
        }
        if (email.length() > MAX_LENGTH || !SHAPE.matcher(email).matches()) {
            return Optional.of("email.invalid");
        }
        return Optional.empty();
    }

    /** The normalized address; what the account keeps. Refuses one the rule refuses. */
    public static String require(String raw) {
        problem(raw).ifPresent(key -> {
            throw new IllegalArgumentException("Not a usable e-mail address (" + key + ")");
        });
        return normalize(raw);
    }

    static boolean isInvisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
