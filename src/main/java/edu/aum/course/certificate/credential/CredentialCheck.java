package edu.aum.course.certificate.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import edu.aum.course.certificate.credential.CredentialRejected.Reason;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Checks a compact JWS (a VC-JWT, an enrollment attestation) against a JWKS: well formed, small, signed by one
 * of the set's keys with the key's own algorithm, and within its validity (exp / nbf, validUntil / validFrom,
 * with a minute's leeway for clocks). Pure; every refusal is a {@link CredentialRejected} with its reason.
 */
public final class CredentialCheck {

    /** Far above any credential the product issues (about 3 KB), far below a harmful body. */
    public static final int MAX_LENGTH = 64 * 1024;

    private static final Duration LEEWAY = Duration.ofMinutes(1);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final JWKSet keys;

    public CredentialCheck(JWKSet keys) {
        this.keys = keys;
    }

    /** A JWS whose signature holds and which is valid now: its payload and the id of the key that signed it. */
    public record Checked(JsonObject payload, String kid) {}

    public Checked check(String token, Instant now) {
        String compact = token == null ? "" : token.strip();
        if (compact.isEmpty()) {
            throw new CredentialRejected(Reason.MALFORMED, "No credential was given: send the VC-JWT (compact JWS).");
        }
        if (compact.length() > MAX_LENGTH) {
            throw new CredentialRejected(
                    Reason.OVERSIZED,
                    "A credential of " + compact.length() + " characters; at most " + MAX_LENGTH + ".");
        }
        JWSObject jws = parse(compact);
        JsonObject payload = json(jws);
        JWK key = key(jws);
        if (!verified(jws, key)) {
            throw new CredentialRejected(
                    Reason.BAD_SIGNATURE,
                    "The signature does not match the content: the credential was changed after it was signed,"
                            + " or signed by another key under this issuer's key id.");
        }
        validity(payload, now);
        return new Checked(payload, key.getKeyID());
    }

    private static JWSObject parse(String compact) {
        try {
            JWSObject jws = JWSObject.parse(compact);
            if (!ALGORITHMS.contains(jws.getHeader().getAlgorithm())) {
                throw new CredentialRejected(
                        Reason.UNKNOWN_KEY,
                        "Signed with " + jws.getHeader().getAlgorithm() + "; this issuer signs with RS256 or ES256.");
            }
            return jws;
        } catch (ParseException e) {
            throw new CredentialRejected(
                    Reason.MALFORMED, "Not a compact JWS (header.payload.signature): " + e.getMessage());
        }
    }

    private static JsonObject json(JWSObject jws) {
        try (JsonReader reader =
                Json.createReader(new StringReader(jws.getPayload().toString()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new CredentialRejected(Reason.MALFORMED, "The payload is not a JSON object.");
        }
    }

    private JWK key(JWSObject jws) {
        String kid = jws.getHeader().getKeyID();
        JWK key = kid == null ? null : keys.getKeyByKeyId(kid);
        if (key == null) {
            throw new CredentialRejected(
                    Reason.UNKNOWN_KEY,
                    kid == null
                            ? "The credential names no key (kid); this issuer's keys are at /.well-known/jwks.json."
                            : "Key " + kid + " is not one of this issuer's keys (/.well-known/jwks.json).");
        }
        if (key.getAlgorithm() != null
                && !key.getAlgorithm().equals(jws.getHeader().getAlgorithm())) {
            throw new CredentialRejected(
                    Reason.BAD_SIGNATURE,
                    "Key " + kid + " signs with " + key.getAlgorithm() + ", not "
                            + jws.getHeader().getAlgorithm() + ".");
        }
        return key;
    }

    private static boolean verified(JWSObject jws, JWK key) {
        try {
            JWSVerifier verifier = key instanceof ECKey ec
                    ? new ECDSAVerifier(ec.toECPublicKey())
                    : new RSASSAVerifier(((RSAKey) key).toRSAPublicKey());
            return jws.verify(verifier);
        } catch (JOSEException | ClassCastException e) {
            return false;
        }
    }

    private static void validity(JsonObject payload, Instant now) {
        Instant until = earliest(seconds(payload, "exp"), time(payload, "validUntil"));
        if (until != null && now.isAfter(until.plus(LEEWAY))) {
            throw new CredentialRejected(Reason.EXPIRED, "The credential expired at " + until + ".");
        }
        Instant from = latest(seconds(payload, "nbf"), time(payload, "validFrom"));
        if (from != null && now.isBefore(from.minus(LEEWAY))) {
            throw new CredentialRejected(Reason.NOT_YET_VALID, "The credential is valid only from " + from + ".");
        }
    }

    private static Instant seconds(JsonObject payload, String claim) {
        JsonValue value = payload.get(claim);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return Instant.ofEpochSecond(number.longValue());
        }
        throw new CredentialRejected(Reason.MALFORMED, "The claim " + claim + " is not a number of seconds.");
    }

    private static Instant time(JsonObject payload, String field) {
        JsonValue value = payload.get(field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(((JsonString) value).getString());
        } catch (ClassCastException | DateTimeParseException e) {
            throw new CredentialRejected(Reason.MALFORMED, "The field " + field + " is not an ISO 8601 time.");
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
