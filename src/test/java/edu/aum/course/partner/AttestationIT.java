package edu.aum.course.partner;

import static edu.aum.course.partner.PartnerClient.ENROLLMENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import edu.aum.course.certificate.CredentialIT;
import edu.aum.course.testsupport.PayaraServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partner's signed enrollment attestation: a third party checks it offline with nimbus and the published
 * JWKS alone; the verify API accepts it while it is fresh and says it expired 30 days later; another
 * university's enrollment answers 404 and no token 401.
 */
@ExtendWith(PayaraServer.class)
class AttestationIT {

    @AfterEach
    void clock() {
        PayaraServer.resetClock();
    }

    @Test
    void anAttestationVerifiesOfflineAgainstTheJwksAndExpires() throws Exception {
        String msu = PartnerClient.createToken(
                PartnerClient.signedIn(PartnerClient.MSU_STAFF, PartnerClient.MSU_STAFF_PASSWORD),
                "Attestations " + System.nanoTime());
        String mephi = PartnerClient.createToken(
                PartnerClient.signedIn(PartnerClient.MEPHI_STAFF, PartnerClient.MEPHI_STAFF_PASSWORD),
                "Attestations " + System.nanoTime());
        JsonObject first = PartnerClient.json(PartnerClient.api(ENROLLMENTS + "?limit=1", msu))
                .getJsonArray("enrollments")
                .getJsonObject(0);
        String id = first.getString("sourcedId");

        HttpResponse<String> answer = PartnerClient.api(ENROLLMENTS + "/" + id + "/attestation", msu);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/jwt"));
        String attestation = answer.body();

        JWKSet jwks = JWKSet.parse(
                CredentialIT.get("/.well-known/jwks.json", "application/json").body());
        JWSObject jws = JWSObject.parse(attestation);
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jws.getHeader().getKeyID());
        assertNotNull(key);
        assertTrue(jws.verify(new RSASSAVerifier(key.toRSAPublicKey())), "checked offline: nimbus and the JWKS only");
        JsonObject claims = CredentialIT.json(jws.getPayload().toString());
        assertEquals("EnrollmentAttestation", claims.getString("type"));
        assertEquals("enrollment:" + id, claims.getString("sub"));
        JsonObject enrollment = claims.getJsonObject("enrollment");
        assertEquals(first.getString("status"), enrollment.getString("status"));
        assertEquals(
                first.getJsonObject("user").getString("name"),
                enrollment.getJsonObject("student").getString("name"));
        assertEquals(
                first.getJsonObject("progress").getInt("essaysPassed"),
                enrollment.getJsonObject("progress").getInt("essaysPassed"));
        assertFalse(attestation.contains("@demo.edu"), "no e-mail address in a statement for third parties");
        long issued = claims.getJsonNumber("iat").longValue();
        assertTrue(Math.abs(Instant.now().getEpochSecond() - issued) < 600);
        assertEquals(
                Duration.ofDays(30).toSeconds(), claims.getJsonNumber("exp").longValue() - issued);

        HttpResponse<String> fresh = CredentialIT.post(attestation, "application/jwt");
        assertEquals(200, fresh.statusCode(), fresh.body());
        assertTrue(CredentialIT.json(fresh.body()).getBoolean("verified"));
        assertEquals("none", CredentialIT.json(fresh.body()).getString("status"));

        PayaraServer.advanceClock(Duration.ofDays(31));
        HttpResponse<String> stale = CredentialIT.post(attestation, "application/jwt");
        assertEquals(422, stale.statusCode(), stale.body());
        assertEquals("EXPIRED", CredentialIT.json(stale.body()).getString("reason"));

        assertEquals(
                404,
                PartnerClient.api(ENROLLMENTS + "/" + id + "/attestation", mephi)
                        .statusCode());
        assertEquals(
                401,
                PartnerClient.api(ENROLLMENTS + "/" + id + "/attestation", null).statusCode());
    }
}
