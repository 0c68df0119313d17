package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.certificate.control.CertificateService.UploadCheck;
import edu.aum.course.certificate.entity.SigningCertificate;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGNING_KEYSTORE changes: certificates signed with the earlier key still verify, and say with which key
 * and when it was used; a PDF signed by a key the product never used is refused. Each "start" is a new
 * CertificateWorks with its own keystore, as after a restart, on the same database.
 */
class SigningKeyRotationServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    @TempDir
    Path keys;

    CertificateService certificates;

    @BeforeEach
    void services() {
        certificates = tier.service(CertificateService.class);
    }

    @Test
    void aPdfSignedWithAnEarlierKeyStillVerifiesAndSaysWhichAndAKeyNeverUsedIsRefused() {
        Instant first = tier.clock().instant();
        CertificateWorks withA = start("a");
        String serialA = issue(withA, "Anna Before");
        byte[] pdfA = certificates
                .withPdf(certificates.get(serialA).getId())
                .orElseThrow()
                .getPdf();

        Instant rotated = tier.clock().advance(Duration.ofDays(40));
        CertificateWorks withB = start("b");
        String serialB = issue(withB, "Boris After");
        byte[] pdfB = certificates
                .withPdf(certificates.get(serialB).getId())
                .orElseThrow()
                .getPdf();
        assertNotEquals(withA.signerCertificate(), withB.signerCertificate());

        UploadCheck before = certificates.check(serialA, pdfA);
        assertTrue(before.genuine(), "signed with the earlier key, still ours");
        assertEquals(first, before.signingKey().usedFrom());
        assertEquals(rotated, before.signingKey().usedUntil());
        assertFalse(before.signingKey().current());
        assertEquals(
                KeyUse.sha256(withA.signerCertificate()), before.signingKey().sha256());
        assertTrue(before.signingKey().fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"));

        UploadCheck after = certificates.check(serialB, pdfB);
        assertTrue(after.genuine());
        assertEquals(rotated, after.signingKey().usedFrom());
        assertTrue(after.signingKey().current());

        // a certificate made to look like A's, signed with a key the product never used
        CertificateSigner stranger = new CertificateSigner(DemoSigningKey.loadOrCreate(keys.resolve("c/c.p12")));
        byte[] forged = stranger.sign(pdfA);
        assertTrue(SignatureVerifier.verify(forged).intact(), "a good signature, only not ours");
        UploadCheck refused = certificates.check(serialA, forged);
        assertFalse(refused.signatureValid());
        assertNull(refused.signingKey());
        assertTrue(refused.signed());
        assertFalse(refused.genuine());
    }

    @Test
    void eachKeyIsRecordedOnceWithItsFirstUseWhateverHowManyInstancesStartWithIt() {
        CertificateWorks one = start("shared");
        one.signerCertificate();
        Instant firstUse = tier.clock().instant();
        tier.clock().advance(Duration.ofHours(3));
        CertificateWorks another = start("shared"); // a second instance, or a restart, with the same key
        another.signerCertificate();
        tier.service(SigningKeys.class).inUse(one.signerCertificate());

        List<SigningCertificate> recorded = tier.service(SigningKeys.class).all().stream()
                .filter(s -> s.getSha256().equals(KeyUse.sha256(one.signerCertificate())))
                .toList();
        assertEquals(1, recorded.size());
        assertEquals(firstUse, recorded.get(0).getFirstUsedAt());
        assertEquals(
                one.signerCertificate().getSubjectX500Principal().getName(),
                recorded.get(0).getSubject());
        assertEquals(
                one.signerCertificate().getNotAfter().toInstant(),
                recorded.get(0).getValidTo());
    }

    /** A start of the application with SIGNING_KEYSTORE naming this folder's key. */
    private CertificateWorks start(String name) {
        Path keystore = keys.resolve(name).resolve(DemoSigningKey.FILE);
        DemoSigningKey.loadOrCreate(keystore);
        String password = read(keystore.resolveSibling(DemoSigningKey.FILE + ".password"));
        CertificateWorks works = new CertificateWorks();
        works.settings = new Settings() {
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
        };
        works.signingKeys = tier.service(SigningKeys.class);
        works.versions = tier.service(edu.aum.course.platform.cluster.SharedVersions.class);
        certificates.works = works;
        tier.service(Issuing.class).works = works;
        return works;
    }

    private String issue(CertificateWorks works, String holder) {
        Enrollment enrollment = data.enroll(data.student(holder), data.offering(null, 1), data.university(false));
        CertificateData certificate = tier.service(Issuing.class).data(enrollment, Serials.next());
        byte[] pdf = works.engine().issue("default", certificate);
        return tier.service(Issuing.class)
                .record(enrollment, certificate, "default", pdf, null, false, "test")
                .getSerial();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
