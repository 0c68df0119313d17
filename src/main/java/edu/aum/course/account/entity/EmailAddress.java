package edu.aum.course.account.entity;

import edu.aum.course.account.api.Account;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An e-mail address as accounts keep it: trimmed, lower case, one @, a dot in the domain. */
public final class EmailAddress {

    public static final int MAX_LENGTH = Account.EMAIL_MAX;

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

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
        if (email.length() > MAX_LENGTH || !SHAPE.matcher(email).matches()) {
            return Optional.of("email.invalid");
        }
        return Optional.empty();
    }
}
