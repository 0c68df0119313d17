package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificateRendererTest {

    private static final CertificateData CERTIFICATE = Samples.certificate(Samples.NAME);

    @Test
    void theHolderNameSerialAndUrlReadBackExactly() throws IOException {
        String text = text(CertificateRenderer.render(Samples.defaultTemplate(), CERTIFICATE));
        assertTrue(text.contains(Samples.NAME), text);
        assertTrue(text.contains(CERTIFICATE.serial()), text);
        assertTrue(text.contains(CERTIFICATE.verificationUrl()), text);
        assertTrue(text.contains("Российско-американские отношения"), text);
        assertTrue(text.contains("5 июня 2026"), text);
    }

    @Test
    void lettersAreNotMergedIntoLigatures() throws IOException {
        String name = "Fifi Office-Waffle";
        assertTrue(text(CertificateRenderer.render(Samples.defaultTemplate(), Samples.certificate(name)))
                .contains(name));
    }

    @Test
    void aCharacterBeyondTheCommonScriptsIsDrawnFromTheWholeFont() throws IOException {
        String name = "Anna ↔ Ivanova ∞";
        assertTrue(text(CertificateRenderer.render(Samples.defaultTemplate(), Samples.certificate(name)))
                .contains(name));
    }

    @Test
    void aVeryLongNameIsShrunkToFitOnOneLine() throws IOException {
        String name = "Maximiliana Konstantinopolskaya-Rimskaya-Korsakova de la Santísima Trinidad";
        String text = text(CertificateRenderer.render(Samples.defaultTemplate(), Samples.certificate(name)));
        assertTrue(text.contains(name), text);
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        try (PDDocument document = Loader.loadPDF(CertificateRenderer.render(Samples.defaultTemplate(), CERTIFICATE))) {
            PDResources resources = document.getPage(0).getResources();
            int fonts = 0;
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName());
                fonts++;
            }
            assertEquals(3, fonts);
        }
    }

    @Test
    void theQrCodeDecodesToTheVerificationUrl() throws Exception {
        try (PDDocument document = Loader.loadPDF(CertificateRenderer.render(Samples.defaultTemplate(), CERTIFICATE))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            String decoded = new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true))
                    .getText();
            assertEquals(CERTIFICATE.verificationUrl(), decoded);
        }
    }

    @Test
    void theDocumentIsDescribedAndSmall() throws IOException {
        byte[] pdf = CertificateRenderer.render(Samples.defaultTemplate(), CERTIFICATE);
        assertTrue(pdf.length < 150 * 1024, "bytes: " + pdf.length);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(document.getDocumentInformation().getTitle().contains(CERTIFICATE.serial()));
            assertEquals(
                    "American University in Moscow",
                    document.getDocumentInformation().getAuthor());
            assertFalse(document.getDocumentInformation().getSubject().isEmpty());
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
