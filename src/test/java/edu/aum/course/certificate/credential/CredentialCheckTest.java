package edu.aum.course.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.JWKSet;
import edu.aum.course.certificate.control.SigningKey;
import edu.aum.course.certificate.credential.CredentialRejected.Reason;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verification's answers to good and bad credentials: each bad one refused with its own reason. */
class CredentialCheckTest {

    static final URI JWKS = URI.create("https://courses.example.edu/.well-known/jwks.json");
    static final Instant NOW = Instant.parse("2026-07-01T12:00:00Z");

    @TempDir
    static Path folder;

    static SigningKey ours;
    static SigningKey stranger;
    static CredentialCheck check;

    @BeforeAll
    static void keys() {
        ours = SigningKey.choose(Optional.empty(), Optional.empty(), true, folder.resolve("ours"));
        stranger = SigningKey.choose(Optional.empty(), Optional.empty(), true, folder.resolve("stranger"));
        check = new CredentialCheck(JoseKeys.jwks(List.of(ours.certificate())));
    }

    static String signed(SigningKey key, JsonObject payload) {
        return JoseKeys.sign(payload, "vc+jwt", key.privateKey(), key.certificate(), JWKS);
    }

    static JsonObject credential() {
        return OpenBadge.jwtPayload(OpenBadge.credential(OpenBadgeTest.facts()));
    }

    @Test
    void aGoodCredentialAnswersItsPayloadAndKey() {
        CredentialCheck.Checked checked = check.check(signed(ours, credential()), NOW);
        assertEquals(credential(), checked.payload());
        assertEquals(JoseKeys.kid(ours.certificate()), checked.kid());
    }

    @Test
    void aChangedPayloadIsTampered() {
        String[] parts = signed(ours, credential()).split("\\.");
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("Анна Петрова", "Ivan Forger")
                        .getBytes(StandardCharsets.UTF_8));
        assertRefused(Reason.BAD_SIGNATURE, parts[0] + "." + forged + "." + parts[2]);
    }

    @Test
    void anotherKeyIsForeignEvenUnderOurKeyId() {
        assertRefused(Reason.UNKNOWN_KEY, signed(stranger, credential()));
        // the stranger's signature under our kid: the header names our key, the signature is not ours
        String[] theirs = signed(stranger, credential()).split("\\.");
        String[] mine = signed(ours, credential()).split("\\.");
        assertRefused(Reason.BAD_SIGNATURE, mine[0] + "." + mine[1] + "." + theirs[2]);
    }

    @Test
    void malformedAndOversizedInputs() {
        assertRefused(Reason.MALFORMED, null);
        assertRefused(Reason.MALFORMED, "   ");
        assertRefused(Reason.MALFORMED, "not a credential");
        assertRefused(Reason.MALFORMED, "eyJhbGciOiJub25lIn0.e30.");
        assertRefused(Reason.OVERSIZED, "a".repeat(CredentialCheck.MAX_LENGTH + 1));
        JsonObject array = Json.createObjectBuilder().add("nbf", "yesterday").build();
        assertRefused(Reason.MALFORMED, signed(ours, array));
    }

    @Test
    void expiredAndNotYetValid() {
        JsonObject expired = Json.createObjectBuilder(credential())
                .add("exp", NOW.minusSeconds(3600).getEpochSecond())
                .build();
        assertRefused(Reason.EXPIRED, signed(ours, expired));
        JsonObject early = Json.createObjectBuilder(credential())
                .add("nbf", NOW.plusSeconds(86_400).getEpochSecond())
                .build();
        assertRefused(Reason.NOT_YET_VALID, signed(ours, early));
        JWKSet both = JoseKeys.jwks(List.of(stranger.certificate(), ours.certificate()));
        assertEquals(
                JoseKeys.kid(stranger.certificate()),
                new CredentialCheck(both)
                        .check(signed(stranger, credential()), NOW)
                        .kid(),
                "an earlier key still in the set still verifies");
    }

    private static void assertRefused(Reason reason, String token) {
        CredentialRejected refused = assertThrows(CredentialRejected.class, () -> check.check(token, NOW));
        assertEquals(reason, refused.reason(), refused.getMessage());
    }
}
