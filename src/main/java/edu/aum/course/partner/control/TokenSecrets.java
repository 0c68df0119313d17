package edu.aum.course.partner.control;

import edu.aum.course.platform.text.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The partner API's secrets: "aum_pt_" and 43 characters of base64url (256 random bits), recognisable
 * in logs and secret scanners; the database keeps only their SHA-256 in hex.
 */
public final class TokenSecrets {

    static final String PREFIX = "aum_pt_";
    static final int HINT_LENGTH = 12;
    private static final Pattern SHAPE = Pattern.compile("aum_pt_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a presented value could be a token at all (saves a query for garbage). */
    public static boolean looksValid(String secret) {
        return secret != null && SHAPE.matcher(secret).matches();
    }

    /** The stored form of a secret. */
    public static String hash(String secret) {
        return Sha256.hex(secret);
    }

    public static String hint(String secret) {
        return secret.substring(0, HINT_LENGTH);
    }

    /** The token of an "Authorization: Bearer ..." header; null when the header is missing or another scheme. */
    public static String fromAuthorization(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (value.length() < 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return value.substring(7).strip();
    }
}
