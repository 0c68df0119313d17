package edu.aum.course.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import edu.aum.course.certificate.api.CertificateStatus;
import edu.aum.course.certificate.control.CertificateData;
import edu.aum.course.certificate.control.CertificateService;
import edu.aum.course.certificate.control.CertificateWorks;
import edu.aum.course.certificate.control.Issuing;
import edu.aum.course.certificate.control.Serials;
import edu.aum.course.certificate.control.SigningKey;
import edu.aum.course.certificate.control.SigningKeys;
import edu.aum.course.certificate.credential.Verification.ListStatus;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import jakarta.json.JsonObject;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials on the real schema: revocation and supersession flip the certificate's status list bit and
 * verification says so; after a key rotation a credential signed with the earlier key still verifies against
 * the published JWKS (checked by nimbus alone, fed only the JWKS JSON) and the new one with the new key.
 */
class CredentialServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    @TempDir
    Path keys;

    Credentials credentials;
    CertificateService certificates;

    @BeforeEach
    void services() {
        credentials = tier.service(Credentials.class);
        certificates = tier.service(CertificateService.class);
    }

    @Test
    void revocationFlipsTheBitAndVerificationSaysRevoked() throws Exception {
        start("a");
        String serial = issue("Ravi Revoked");
        String jwt = credentials.jwt(serial).orElseThrow();
        StatusIndex entry = entryOf(serial);
        assertFalse(bit(entry), "a valid certificate's bit is 0");
        Verification before = credentials.verify(jwt);
        assertEquals(ListStatus.ACTIVE, before.listStatus());
        assertEquals(Optional.of(CertificateStatus.VALID), before.certificate());
        assertTrue(before.verified());

        long admin = data.admin("Maria Admin").getId();
        certificates.revoke(admin, serial, "Issued by mistake", null);
        tier.em().flush();

        assertTrue(bit(entry), "revoked: the bit is 1");
        Verification after = credentials.verify(jwt);
        assertEquals(ListStatus.REVOKED, after.listStatus());
        assertEquals(Optional.of(CertificateStatus.REVOKED), after.certificate());
        assertFalse(after.verified());
    }

    @Test
    void aReissueSupersedesTheOldCredentialAndTheNewOneStands() throws Exception {
        start("a");
        String old = issue("Sofia Superseded");
        String oldJwt = credentials.jwt(old).orElseThrow();
        String next = certificates.reissue(data.admin("Maria Admin").getId(), old, false);
        tier.em().flush();

        assertTrue(bit(entryOf(old)));
        assertFalse(bit(entryOf(next)));
        Verification superseded = credentials.verify(oldJwt);
        assertEquals(ListStatus.REVOKED, superseded.listStatus());
        assertEquals(Optional.of(CertificateStatus.SUPERSEDED), superseded.certificate());
        assertEquals(
                ListStatus.ACTIVE,
                credentials.verify(credentials.jwt(next).orElseThrow()).listStatus());
    }

    @Test
    void aKeyRotationKeepsOldCredentialsValidAgainstThePublishedKeys() throws Exception {
        CertificateWorks withA = start("a");
        String serialA = issue("Anna Before");
        String jwtA = credentials.jwt(serialA).orElseThrow();

        tier.clock().advance(Duration.ofDays(40));
        CertificateWorks withB = start("b");
        String serialB = issue("Boris After");
        String jwtB = credentials.jwt(serialB).orElseThrow();

        String published = credentials.jwks().toString(true);
        assertFalse(published.contains("\"d\""), "no private part is published");
        JWKSet jwks = JWKSet.parse(published);
        String kidA = JWSObject.parse(jwtA).getHeader().getKeyID();
        String kidB = JWSObject.parse(jwtB).getHeader().getKeyID();
        assertNotEquals(kidA, kidB);
        // both keys are published (on a shared database, as in CI, the server's own key is there too)
        assertNotNull(jwks.getKeyByKeyId(kidA), "the old key is still published");
        assertNotNull(jwks.getKeyByKeyId(kidB), "the new key is published");
        assertTrue(independentlyValid(jwtA, jwks), "the old credential, by the old key still published");
        assertTrue(independentlyValid(jwtB, jwks));
        assertFalse(
                JWSObject.parse(jwtA).verify(new RSASSAVerifier(((RSAKey) jwks.getKeyByKeyId(kidB)).toRSAPublicKey())),
                "the old credential is not the new key's");

        Verification old = credentials.verify(jwtA);
        assertFalse(old.currentKey());
        assertEquals(ListStatus.ACTIVE, old.listStatus());
        assertTrue(credentials.verify(jwtB).currentKey());
        assertEquals(JoseKeys.kid(withA.signerCertificate()), kidA);
        assertEquals(JoseKeys.kid(withB.signerCertificate()), kidB);
    }

    @Test
    void theCertificateMailLinksBothFormsOfTheCredential() throws Exception {
        start("a");
        String serial = issue("Mila Mailed", true);
        String body = tier.em()
                .createQuery(
                        "SELECT m.body FROM OutboxMessage m WHERE m.template = 'certificate.issued' AND m.body LIKE :serial",
                        String.class)
                .setParameter("serial", "%" + serial + "%")
                .getSingleResult();
        String address = "http://localhost:8080/api/v1/certificates/" + serial + "/credential";
        assertTrue(body.contains(address + "?format=jwt"), body);
        assertTrue(body.contains(address + "?format=json"), body);
        assertEquals(credentials.credential(serial).orElseThrow().getString("id"), address);
    }

    /** nimbus' own verifier with the key the JWKS names: no code of the product's. */
    private static boolean independentlyValid(String jwt, JWKSet jwks) throws Exception {
        JWSObject jws = JWSObject.parse(jwt);
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jws.getHeader().getKeyID());
        return key != null && jws.verify(new RSASSAVerifier(key.toRSAPublicKey()));
    }

    private StatusIndex entryOf(String serial) {
        JsonObject status = credentials.credential(serial).orElseThrow().getJsonObject("credentialStatus");
        String list = status.getString("statusListCredential");
        return new StatusIndex(
                Integer.parseInt(list.substring(list.lastIndexOf('/') + 1)),
                Integer.parseInt(status.getString("statusListIndex")));
    }

    /** The bit as the published status list credential says it. */
    private boolean bit(StatusIndex entry) {
        String encoded = credentials
                .statusListCredential(entry.list())
                .getJsonObject("credentialSubject")
                .getString("encodedList");
        return Bitstring.decode(encoded).get(entry.index());
    }

    /** A start of the application with SIGNING_KEYSTORE naming this folder's key (as after a restart). */
    private CertificateWorks start(String name) throws Exception {
        Path folder = keys.resolve(name);
        SigningKey.choose(Optional.empty(), Optional.empty(), true, folder); // makes a key there
        Path keystore = folder.resolve("demo-signing.p12");
        String password =
                Files.readString(folder.resolve("demo-signing.p12.password")).strip();
        CertificateWorks works = new CertificateWorks();
        set(works, "settings", new Settings() {
            @Override
            public Optional<String> signingKeystore() {
                return Optional.of(keystore.toString());
            }

            @Override
            public Optional<String> signingKeystorePassword() {
                return Optional.of(password);
            }

            @Override
            public Path certificateTemplatesDir() {
                return Path.of("certificates-templates");
            }

            @Override
            public String publicBaseUrl() {
                return "http://localhost:8080";
            }
        });
        set(works, "signingKeys", tier.service(SigningKeys.class));
        set(works, "versions", tier.service(edu.aum.course.platform.cluster.SharedVersions.class));
        set(certificates, "works", works);
        set(tier.service(Issuing.class), "works", works);
        set(credentials, "works", works);
        return works;
    }

    private String issue(String holder) {
        return issue(holder, false);
    }

    private String issue(String holder, boolean mail) {
        Enrollment enrollment = data.enroll(data.student(holder), data.offering(null, 1), data.university(false));
        Issuing issuing = tier.service(Issuing.class);
        CertificateData certificate = issuing.data(enrollment, Serials.next());
        CertificateWorks works = field(issuing, "works");
        byte[] pdf = works.engine().issue("default", certificate);
        return issuing.record(enrollment, certificate, "default", pdf, null, mail, "test")
                .getSerial();
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object target, String name) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return (T) field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
