package edu.aum.course.certificate.credential;

import edu.aum.course.certificate.api.CertificateStatus;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * A credential whose signature holds against the published keys: what it asserts, which key signed it (and
 * whether that is today's), what our status list says of it and, for one of our certificates, its status.
 */
public record Verification(
        JsonObject payload,
        String kid,
        boolean currentKey,
        ListStatus listStatus,
        Optional<CertificateStatus> certificate) {

    /** What the status list says: the bit is 0, 1, or the credential names no list of ours. */
    public enum ListStatus {
        ACTIVE,
        REVOKED,
        NO_STATUS
    }

    /** The holder's name as the credential asserts it; null when it names none. */
    public String holderName() {
        return text(object(object(payload, "credentialSubject"), "identifier"), "identityHash");
    }

    /** The achievement (course) the credential asserts; null when it names none. */
    public String achievementName() {
        return text(object(object(payload, "credentialSubject"), "achievement"), "name");
    }

    /** validFrom; null when absent or not an ISO 8601 instant. */
    public java.time.Instant validFrom() {
        try {
            String text = text(payload, "validFrom");
            return text == null ? null : java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static JsonObject object(JsonObject parent, String field) {
        if (parent == null) {
            return null;
        }
        JsonValue value = parent.get(field);
        if (value instanceof JsonArray array && !array.isEmpty()) {
            value = array.get(0);
        }
        return value instanceof JsonObject object ? object : null;
    }

    private static String text(JsonObject parent, String field) {
        return parent != null && parent.get(field) instanceof JsonString s ? s.getString() : null;
    }

    /** Signed by us, and no list of ours says it is revoked. */
    public boolean verified() {
        return listStatus != ListStatus.REVOKED;
    }
}
