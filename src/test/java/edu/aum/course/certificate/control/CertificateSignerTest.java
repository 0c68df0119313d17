package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateSignerTest {

    @TempDir
    static Path data;

    private static CertificateSigner signer;
    private static byte[] signed;

    @BeforeAll
    static void sign() {
        signer = new CertificateSigner(SigningKey.choose(Optional.empty(), Optional.empty(), true, data));
        signed = CertificateRenderer.renderSigned(Samples.defaultTemplate(), Samples.certificate(Samples.NAME), signer);
    }

    @Test
    void aSignedCertificateVerifiesAndIsCoveredWhole() {
        SignatureCheck check = SignatureVerifier.verify(signed);
        assertTrue(check.intact(), check.toString());
        assertTrue(check.intactAndSignedBy(signer.certificate()));
    }

    @Test
    void aPdfMadeElsewhereIsSignedByAnIncrementalSave() {
        byte[] plain = CertificateRenderer.render(Samples.defaultTemplate(), Samples.certificate("Anna"));
        byte[] signedLater = signer.sign(plain);
        assertTrue(SignatureVerifier.verify(signedLater).intactAndSignedBy(signer.certificate()));
        assertArrayEquals(plain, java.util.Arrays.copyOf(signedLater, plain.length));
    }

    @Test
    void theSignedCertificateStillReadsBack() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .contains(Samples.NAME));
        }
    }

    @Test
    void theSignatureIsPadesBaseline() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertEquals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), signature.getSubFilter());
        }
    }

    @Test
    void changingAnyOneByteBreaksIt() {
        int[] positions = {10, signed.length / 3, signed.length / 2, signed.length - 300, signed.length - 10};
        for (int position : positions) {
            byte[] changed = signed.clone();
            changed[position] ^= 0x01;
            assertFalse(SignatureVerifier.verify(changed).intact(), "byte " + position);
        }
    }

    @Test
    void appendingAfterTheSignatureIsNotCovered() {
        byte[] longer = java.util.Arrays.copyOf(signed, signed.length + 1);
        longer[signed.length] = '\n';
        assertFalse(SignatureVerifier.verify(longer).intact());
    }

    @Test
    void anUnsignedPdfIsNotSigned() {
        byte[] plain = CertificateRenderer.render(Samples.defaultTemplate(), Samples.certificate("Anna"));
        assertFalse(SignatureVerifier.verify(plain).signed());
        assertFalse(SignatureVerifier.verify("not a pdf".getBytes()).intact());
    }

    @Test
    void theDemoKeyIsMadeOnceAndReusedWithAnOwnerOnlyPassword() throws Exception {
        Path keystore = data.resolve(DemoSigningKey.FILE);
        byte[] first = Files.readAllBytes(keystore);
        SigningKey again = SigningKey.choose(Optional.empty(), Optional.empty(), true, data);
        assertArrayEquals(first, Files.readAllBytes(keystore));
        assertEquals(signer.certificate(), again.certificate());
        Path password = data.resolve(DemoSigningKey.FILE + ".password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(password)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(data.resolve(DemoSigningKey.FILE + ".lock"))));
    }

    @Test
    void aConfiguredKeystoreWinsAndNoKeyOutsideDemoModeIsAnError() throws Exception {
        Path password = data.resolve(DemoSigningKey.FILE + ".password");
        SigningKey configured = SigningKey.choose(
                Optional.of(data.resolve(DemoSigningKey.FILE).toString()),
                Optional.of(Files.readString(password).strip()),
                false,
                Path.of("unused"));
        assertEquals(signer.certificate(), configured.certificate());
        assertThrows(
                IllegalStateException.class, () -> SigningKey.choose(Optional.empty(), Optional.empty(), false, data));
    }
}
