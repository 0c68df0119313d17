package edu.aum.course.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.PayaraServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Open Badges credentials on the running application: Anna Petrova's demo certificate from her home page to a
 * downloaded VC-JWT that nimbus verifies with nothing but the JWKS fetched from the server; content negotiation,
 * the status list, the verify API's answers to good and bad input, the LinkedIn link and the /verify page.
 */
@ExtendWith(PayaraServer.class)
public class CredentialIT {

    static final String STUDENT = "student@demo.edu";
    static final String STUDENT_PASSWORD = "student-demo-1";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private static Browser anna;
    private static String serial;
    private static String jwt;

    @BeforeAll
    static void downloadFromTheHomePage() {
        anna = Browser.open();
        anna.signIn(STUDENT, STUDENT_PASSWORD);
        anna.go("/student/home.xhtml");
        serial = anna.text("#certificates .app-serial");
        String href = href("#certificates .app-badge-jwt");
        assertTrue(href.endsWith("/api/v1/certificates/" + serial + "/credential?format=jwt"), href);
        HttpResponse<byte[]> download = CertificateScreens.getAs(anna, path(href));
        assertEquals(200, download.statusCode());
        assertEquals(
                "attachment; filename=\"credential-" + serial + ".jwt\"",
                download.headers().firstValue("Content-Disposition").orElse(""));
        jwt = new String(download.body(), StandardCharsets.US_ASCII);
    }

    @AfterAll
    static void close() {
        if (anna != null) {
            anna.close();
        }
    }

    @Test
    void theDownloadedCredentialVerifiesWithNothingButThePublishedJwks() throws Exception {
        HttpResponse<String> keys = get("/.well-known/jwks.json", "application/json");
        assertEquals(200, keys.statusCode());
        assertTrue(keys.headers().firstValue("Content-Type").orElse("").startsWith("application/jwk-set+json"));
        assertFalse(keys.body().contains("\"d\""), "public keys only");
        JWKSet jwks = JWKSet.parse(keys.body());

        JWSObject jws = JWSObject.parse(jwt);
        assertEquals("vc+jwt", jws.getHeader().getType().getType());
        assertEquals(JWSAlgorithm.RS256, jws.getHeader().getAlgorithm());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jws.getHeader().getKeyID());
        assertNotNull(key, "the header's kid is in the published set");
        assertTrue(jws.verify(new RSASSAVerifier(key.toRSAPublicKey())), "nimbus alone, fed only the JWKS");

        JsonObject vc = json(jws.getPayload().toString());
        // for the README and the closing note: the demo's credential, header and payload decoded
        java.nio.file.Files.writeString(
                java.nio.file.Path.of("target", "it", "demo-credential.txt"),
                jws.getHeader().toString() + "\n" + vc + "\n",
                StandardCharsets.UTF_8);
        assertTrue(vc.getJsonArray("type").toString().contains("OpenBadgeCredential"));
        assertEquals(PayaraServer.url("/api/v1/certificates/" + serial + "/credential"), vc.getString("id"));
        assertEquals(vc.getString("jti"), vc.getString("id"));
        assertEquals(vc.getJsonObject("issuer").getString("id"), vc.getString("iss"));
        JsonObject subject = vc.getJsonObject("credentialSubject");
        assertEquals(
                "Анна Петрова",
                subject.getJsonArray("identifier").getJsonObject(0).getString("identityHash"));
        assertTrue(subject.getJsonObject("achievement")
                .getJsonObject("criteria")
                .getString("narrative")
                .matches("\\d+ essays? .*"));
        assertEquals(
                PayaraServer.url("/verify/" + serial),
                vc.getJsonArray("evidence").getJsonObject(0).getString("id"));

        HttpResponse<String> issuer =
                get(URI.create(vc.getJsonObject("issuer").getString("id")).getPath(), "application/json");
        assertEquals(200, issuer.statusCode(), "the issuer's id resolves");
        assertEquals(
                PayaraServer.url("/.well-known/jwks.json"), json(issuer.body()).getString("jwks_uri"));
    }

    @Test
    void answersAJwtOrJsonAsAskedAnd404ForAnUnknownSerial() {
        String path = "/api/v1/certificates/" + serial + "/credential";
        HttpResponse<String> vcJwt = get(path, "application/vc+jwt");
        assertEquals(200, vcJwt.statusCode());
        assertTrue(vcJwt.headers().firstValue("Content-Type").orElse("").startsWith("application/vc+jwt"));
        assertEquals(3, vcJwt.body().split("\\.").length);
        HttpResponse<String> plainJwt = get(path, "application/jwt");
        assertTrue(plainJwt.headers().firstValue("Content-Type").orElse("").startsWith("application/jwt"));
        HttpResponse<String> asJson = get(path, "application/json");
        assertTrue(asJson.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject credential = json(asJson.body());
        assertEquals(
                "Анна Петрова",
                credential
                        .getJsonObject("credentialSubject")
                        .getJsonArray("identifier")
                        .getJsonObject(0)
                        .getString("identityHash"));

        HttpResponse<String> unknown = get("/api/v1/certificates/2222-2222-2222/credential", "application/vc+jwt");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(406, get(path, "text/html").statusCode());

        JsonObject certificate =
                json(get("/api/v1/certificates/" + serial, "application/json").body());
        assertEquals(
                PayaraServer.url(path), certificate.getString("credential"), "the certificate links its credential");
        assertEquals(PayaraServer.url("/verify/" + serial), certificate.getString("verifyPage"));
    }

    @Test
    void theStatusListIsSignedAndSaysTheValidCertificateStands() throws Exception {
        JsonObject status = json(get("/api/v1/certificates/" + serial + "/credential", "application/json")
                        .body())
                .getJsonObject("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.getString("type"));
        String list = status.getString("statusListCredential");
        HttpResponse<String> signed = get(URI.create(list).getPath(), "application/vc+jwt");
        assertEquals(200, signed.statusCode());
        JWSObject jws = JWSObject.parse(signed.body());
        RSAKey key = (RSAKey)
                JWKSet.parse(get("/.well-known/jwks.json", "application/json").body())
                        .getKeyByKeyId(jws.getHeader().getKeyID());
        assertTrue(jws.verify(new RSASSAVerifier(key.toRSAPublicKey())));
        JsonObject subject = json(jws.getPayload().toString()).getJsonObject("credentialSubject");
        assertEquals("revocation", subject.getString("statusPurpose"));
        byte[] bits = gunzip(
                Base64.getUrlDecoder().decode(subject.getString("encodedList").substring(1)));
        assertTrue(bits.length >= 16_384, "at least 131,072 entries");
        int index = Integer.parseInt(status.getString("statusListIndex"));
        assertEquals(0, bits[index / 8] & (0x80 >>> (index % 8)), "Anna's certificate is valid: bit 0");
        assertEquals(
                404,
                get("/api/v1/credentials/status/99999", "application/vc+jwt").statusCode());
        assertEquals(
                404, get("/api/v1/credentials/status/x", "application/vc+jwt").statusCode());
    }

    @Test
    void theVerifyApiAnswersGoodAndBadCredentials() throws Exception {
        HttpResponse<String> good = post(jwt, "application/vc+jwt");
        assertEquals(200, good.statusCode(), good.body());
        JsonObject answer = json(good.body());
        assertTrue(answer.getBoolean("verified"));
        assertEquals("active", answer.getString("status"));
        assertEquals("VALID", answer.getString("certificateStatus"));
        assertEquals(
                serial,
                answer.getJsonObject("credential")
                        .getJsonArray("evidence")
                        .getJsonObject(0)
                        .getString("name")
                        .replace("Certificate ", ""));
        assertEquals(
                200,
                post("{\"credential\":\"" + jwt + "\"}", "application/json").statusCode());

        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                payload.replace("Анна Петрова", "Mallory").getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertProblem(post(tampered, "application/jwt"), 422, "BAD_SIGNATURE");

        RSAKey foreign = new RSAKeyGenerator(2048).keyID("foreign").generate();
        JWSObject forged = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("foreign").build(), new Payload(payload));
        forged.sign(new RSASSASigner(foreign));
        assertProblem(post(forged.serialize(), "application/vc+jwt"), 422, "UNKNOWN_KEY");

        assertProblem(post("this is not a credential", "text/plain"), 400, "MALFORMED");
        assertProblem(post("", "text/plain"), 400, "MALFORMED");
        assertProblem(post("{\"jwt\": 1}", "application/json"), 400, "MALFORMED");
        assertProblem(post("{not json", "application/json"), 400, "MALFORMED");
        assertProblem(post("e".repeat(70_000), "text/plain"), 413, "OVERSIZED");
    }

    @Test
    void linkedInIsFilledWithTheCertificate() {
        String linkedIn = href("#certificates .app-linkedin");
        assertTrue(linkedIn.startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"), linkedIn);
        assertTrue(linkedIn.contains("&certId=" + serial), linkedIn);
        assertTrue(linkedIn.contains("&organizationName=American%20University%20in%20Moscow"), linkedIn);
        assertTrue(linkedIn.matches(".*&issueYear=\\d{4}&issueMonth=\\d{1,2}&.*"), linkedIn);
        assertTrue(linkedIn.contains("&certUrl="
                + java.net.URLEncoder.encode(PayaraServer.url("/verify/" + serial), StandardCharsets.UTF_8)));
        String json = href("#certificates .app-badge-json");
        HttpResponse<byte[]> download = CertificateScreens.getAs(anna, path(json));
        assertEquals(200, download.statusCode());
        assertEquals(
                "OpenBadgeCredential",
                json(new String(download.body(), StandardCharsets.UTF_8))
                        .getJsonArray("type")
                        .getString(1));
    }

    @Test
    void theVerifyPageLinksTheCredentialAndChecksAPastedOne() {
        try (Browser visitor = Browser.open()) {
            visitor.go("/verify/" + serial);
            assertTrue(visitor.find("#credentialJwt").getAttribute("href").endsWith("/credential?format=jwt"));
            visitor.go("/verify.xhtml");
            String language = visitor.language();
            visitor.type("#credential\\:pasted", jwt);
            visitor.clickAndWait("#credential\\:checkCredential");
            assertTrue(visitor.text("#credentialValid").contains(Bundle.text(language, "verify.credential.valid")));
            assertEquals("Анна Петрова", visitor.text("#credentialHolder"));

            visitor.type("#credential\\:pasted", "eyJhbGciOiJSUzI1NiJ9.e30.bm9wZQ");
            visitor.clickAndWait("#credential\\:checkCredential");
            assertTrue(visitor.driver()
                    .findElement(By.cssSelector("#credential"))
                    .getText()
                    .contains(Bundle.text(language, "verify.credential.rejected.UNKNOWN_KEY")));
            assertEquals(
                    "eyJhbGciOiJSUzI1NiJ9.e30.bm9wZQ",
                    visitor.find("#credential\\:pasted").getAttribute("value"),
                    "what was pasted stays");
        }
    }

    @Test
    void theOpenApiDocumentNamesTheNewPaths() {
        HttpResponse<String> document = get("/openapi", "*/*");
        assertEquals(200, document.statusCode(), document.body());
        String openapi = document.body();
        for (String path : new String[] {
            "/api/v1/certificates/{serial}/credential",
            "/api/v1/credentials/verify",
            "/api/v1/credentials/status/{list}",
            "/api/v1/credentials/issuer",
            "/api/v1/partner/enrollments/{id}/attestation"
        }) {
            assertTrue(
                    openapi.contains(path),
                    path + " in "
                            + openapi.lines().filter(l -> l.contains("v1/")).toList());
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String reason) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = json(response.body());
        assertEquals(reason, problem.getString("reason"));
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
    }

    /** Each request from its own client address, so the verification rate limit never decides a test. */
    private static String address() {
        int n = ADDRESSES.getAndIncrement();
        return "10.17." + (n / 250) + "." + (n % 250 + 1);
    }

    public static HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(PayaraServer.url(path)))
                .header("Accept", accept)
                .header("X-Forwarded-For", address())
                .GET());
    }

    public static HttpResponse<String> post(String body, String type) {
        return send(HttpRequest.newBuilder(URI.create(PayaraServer.url("/api/v1/credentials/verify")))
                .header("Content-Type", type)
                .header("X-Forwarded-For", address())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** The address of a link button (PrimeFaces puts the class on the link or on a wrapper around it). */
    private static String href(String selector) {
        var element = anna.find(selector);
        return "a".equals(element.getTagName())
                ? element.getAttribute("href")
                : element.findElement(By.tagName("a")).getAttribute("href");
    }

    private static String path(String href) {
        URI uri = URI.create(href);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
