package edu.aum.course.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The credential against the required fields of Open Badges 3.0 (OpenBadgeCredential, Profile, Achievement). */
class OpenBadgeTest {

    static final Instant ISSUED = Instant.parse("2026-06-20T10:15:30Z");

    static OpenBadge.Facts facts() {
        return new OpenBadge.Facts(
                "https://courses.example.edu/api/v1/certificates/7KQ4-M2XD-9HTR/credential",
                "7KQ4-M2XD-9HTR",
                "Анна Петрова",
                "urn:aum-course:offering:3",
                "U.S.-Russia Relations",
                "Two centuries of relations between the United States and Russia.",
                "4 essays of the course's schedule written and passed.",
                ISSUED,
                "https://courses.example.edu/verify/7KQ4-M2XD-9HTR",
                new OpenBadge.Issuer(
                        "https://courses.example.edu/api/v1/credentials/issuer",
                        "American University in Moscow",
                        "https://courses.example.edu/"),
                "https://courses.example.edu/api/v1/credentials/status/1",
                StatusIndex.of(42));
    }

    @Test
    void carriesEveryRequiredFieldOfAnOpenBadgeCredential() {
        JsonObject vc = OpenBadge.credential(facts());
        assertEquals(
                List.of(
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                strings(vc.getJsonArray("@context")),
                "the VC 2.0 context first, then the OB 3.0 one");
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), strings(vc.getJsonArray("type")));
        assertTrue(URI.create(vc.getString("id")).isAbsolute());
        assertEquals("Certificate: U.S.-Russia Relations", vc.getString("name"));
        assertEquals(ISSUED.toString(), vc.getString("validFrom"));
        assertFalse(vc.containsKey("issuanceDate"), "VC 2.0: validFrom, not the 1.1 issuanceDate");
        assertFalse(vc.containsKey("validUntil"), "a certificate does not expire");

        JsonObject issuer = vc.getJsonObject("issuer");
        assertEquals("https://courses.example.edu/api/v1/credentials/issuer", issuer.getString("id"));
        assertEquals(List.of("Profile"), strings(issuer.getJsonArray("type")));
        assertEquals("American University in Moscow", issuer.getString("name"));
    }

    @Test
    void theSubjectHoldsTheAchievementAndTheHolderNameAsWritten() {
        JsonObject subject = OpenBadge.credential(facts()).getJsonObject("credentialSubject");
        assertEquals(List.of("AchievementSubject"), strings(subject.getJsonArray("type")));
        JsonObject identity = subject.getJsonArray("identifier").getJsonObject(0);
        assertEquals("IdentityObject", identity.getString("type"));
        assertEquals("name", identity.getString("identityType"));
        assertFalse(identity.getBoolean("hashed"));
        assertEquals("Анна Петрова", identity.getString("identityHash"));

        JsonObject achievement = subject.getJsonObject("achievement");
        assertEquals("urn:aum-course:offering:3", achievement.getString("id"));
        assertEquals(List.of("Achievement"), strings(achievement.getJsonArray("type")));
        assertEquals("U.S.-Russia Relations", achievement.getString("name"));
        assertTrue(achievement.getString("description").startsWith("Two centuries"));
        assertEquals(
                "4 essays of the course's schedule written and passed.",
                achievement.getJsonObject("criteria").getString("narrative"));
    }

    @Test
    void linksBackToTheVerificationPageAndNamesItsStatusListEntry() {
        JsonObject vc = OpenBadge.credential(facts());
        JsonObject evidence = vc.getJsonArray("evidence").getJsonObject(0);
        assertEquals("https://courses.example.edu/verify/7KQ4-M2XD-9HTR", evidence.getString("id"));
        assertEquals(List.of("Evidence"), strings(evidence.getJsonArray("type")));

        JsonObject status = vc.getJsonObject("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.getString("type"));
        assertEquals("revocation", status.getString("statusPurpose"));
        assertEquals("41", status.getString("statusListIndex"), "id 42 is the 42nd bit: index 41");
        assertEquals(
                "https://courses.example.edu/api/v1/credentials/status/1", status.getString("statusListCredential"));
        assertEquals("https://courses.example.edu/api/v1/credentials/status/1#41", status.getString("id"));
    }

    @Test
    void theJwtPayloadIsTheCredentialWithTheRegisteredClaims() {
        JsonObject vc = OpenBadge.credential(facts());
        JsonObject payload = OpenBadge.jwtPayload(vc);
        assertFalse(payload.containsKey("vc"), "VC-JOSE-COSE: the credential itself, no vc wrapper");
        assertEquals(vc.getJsonObject("issuer").getString("id"), payload.getString("iss"));
        assertEquals(ISSUED.getEpochSecond(), payload.getJsonNumber("nbf").longValue());
        assertEquals(vc.getString("id"), payload.getString("jti"));
        assertFalse(payload.containsKey("exp"));
        assertEquals(vc.getJsonObject("credentialSubject"), payload.getJsonObject("credentialSubject"));
    }

    @Test
    void theStatusListCredentialCarriesTheEncodedList() {
        Bitstring bits = new Bitstring();
        bits.set(41);
        JsonObject list = OpenBadge.statusListCredential(
                "https://courses.example.edu/api/v1/credentials/status/1", facts().issuer(), ISSUED, bits);
        assertEquals(
                List.of("VerifiableCredential", "BitstringStatusListCredential"), strings(list.getJsonArray("type")));
        JsonObject subject = list.getJsonObject("credentialSubject");
        assertEquals("BitstringStatusList", subject.getString("type"));
        assertEquals("revocation", subject.getString("statusPurpose"));
        assertTrue(Bitstring.decode(subject.getString("encodedList")).get(41));
        assertFalse(Bitstring.decode(subject.getString("encodedList")).get(40));
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
