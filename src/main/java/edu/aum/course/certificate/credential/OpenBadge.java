package edu.aum.course.certificate.credential;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * An OpenBadgeCredential (Open Badges 3.0 on the W3C Verifiable Credentials Data Model 2.0) of one certificate,
 * and the JWT claims of its VC-JWT. Pure: everything it says comes in as {@link Facts}.
 */
public final class OpenBadge {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private OpenBadge() {}

    /** Who issues: the issuer profile's resolvable id, its name and home page. */
    public record Issuer(String id, String name, String url) {}

    /** What one credential says, as printed on the certificate. */
    public record Facts(
            String credentialId,
            String serial,
            String holderName,
            String achievementId,
            String courseTitle,
            String courseDescription,
            String criteria,
            Instant issuedAt,
            String verifyUrl,
            Issuer issuer,
            String statusListUrl,
            StatusIndex status) {}

    public static JsonObject credential(Facts facts) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", facts.credentialId())
                .add("type", types("VerifiableCredential", "OpenBadgeCredential"))
                .add("name", "Certificate: " + facts.courseTitle())
                .add("issuer", profile(facts.issuer()))
                .add("validFrom", facts.issuedAt().toString())
                .add("credentialSubject", subject(facts))
                .add(
                        "evidence",
                        Json.createArrayBuilder()
                                .add(
                                        Json.createObjectBuilder()
                                                .add("id", facts.verifyUrl())
                                                .add("type", types("Evidence"))
                                                .add("name", "Certificate " + facts.serial())
                                                .add(
                                                        "description",
                                                        "The certificate as issued (signed PDF), verifiable by anyone at this address.")))
                .add("credentialStatus", status(facts.statusListUrl(), facts.status()))
                .add(
                        "credentialSchema",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("id", OB_SCHEMA)
                                        .add("type", "1EdTechJsonSchemaValidator2019")))
                .build();
    }

    /** The issuer as a Profile; the same object is served at its id. */
    public static JsonObjectBuilder profile(Issuer issuer) {
        return Json.createObjectBuilder()
                .add("id", issuer.id())
                .add("type", types("Profile"))
                .add("name", issuer.name())
                .add("url", issuer.url());
    }

    private static JsonObject subject(Facts facts) {
        return Json.createObjectBuilder()
                .add("type", types("AchievementSubject"))
                .add(
                        "identifier",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "IdentityObject")
                                        .add("identityHash", facts.holderName())
                                        .add("identityType", "name")
                                        .add("hashed", false)))
                .add(
                        "achievement",
                        Json.createObjectBuilder()
                                .add("id", facts.achievementId())
                                .add("type", types("Achievement"))
                                .add("achievementType", "Certificate")
                                .add("name", facts.courseTitle())
                                .add("description", facts.courseDescription())
                                .add("criteria", Json.createObjectBuilder().add("narrative", facts.criteria()))
                                .add("inLanguage", "en"))
                .build();
    }

    /** The credential's entry in a Bitstring Status List (purpose revocation). */
    public static JsonObject status(String listUrl, StatusIndex entry) {
        return Json.createObjectBuilder()
                .add("id", listUrl + "#" + entry.index())
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", "revocation")
                .add("statusListIndex", String.valueOf(entry.index()))
                .add("statusListCredential", listUrl)
                .build();
    }

    /**
     * The VC-JWT payload: the credential itself (VC-JOSE-COSE, Open Badges 3.0 §8.2: no "vc" wrapper) with the
     * registered claims iss (issuer id), nbf (validFrom) and jti (credential id); sub is left out, as the
     * subject has no id.
     */
    public static JsonObject jwtPayload(JsonObject credential) {
        JsonObjectBuilder payload = Json.createObjectBuilder(credential)
                .add("iss", credential.getJsonObject("issuer").getString("id"))
                .add("nbf", Instant.parse(credential.getString("validFrom")).getEpochSecond())
                .add("jti", credential.getString("id"));
        if (credential.containsKey("validUntil")) {
            payload.add("exp", Instant.parse(credential.getString("validUntil")).getEpochSecond());
        }
        return payload.build();
    }

    /**
     * A BitstringStatusListCredential for one list: the issuer, when it was made, and the encoded list.
     */
    public static JsonObject statusListCredential(String listUrl, Issuer issuer, Instant now, Bitstring bits) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT))
                .add("id", listUrl)
                .add("type", types("VerifiableCredential", "BitstringStatusListCredential"))
                .add("issuer", profile(issuer))
                .add("validFrom", now.toString())
                .add(
                        "credentialSubject",
                        Json.createObjectBuilder()
                                .add("id", listUrl + "#list")
                                .add("type", "BitstringStatusList")
                                .add("statusPurpose", "revocation")
                                .add("encodedList", bits.encoded()))
                .build();
    }

    private static JsonArrayBuilder types(String... types) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String type : types) {
            array.add(type);
        }
        return array;
    }
}
