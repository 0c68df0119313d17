package edu.aum.course.account.control;

import edu.aum.course.platform.text.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** The secrets in mailed links: 256 random bits, URL-safe; only their SHA-256 is ever stored. */
public final class Tokens {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Tokens() {}

    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of a text (a token, or a throttle subject). */
    public static String hash(String text) {
        return Sha256.hex(text);
    }

    /** Whether a text from a link could be a token at all (saves a look-up for garbage). */
    public static boolean hasTokenShape(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
