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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"李伟", "김민준", "佐藤 花子", "Li Wei 李伟", "Анна 김"})
    void chineseKoreanAndJapaneseNamesAreDrawnByTheFallbackFontAndReadBack(String name) throws IOException {
        byte[] pdf = CertificateRenderer.render(Samples.defaultTemplate(), Samples.certificate(name));
        assertTrue(text(pdf).contains(name), text(pdf));
        assertTrue(pdf.length < 150 * 1024, "bytes: " + pdf.length);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = fontNames(document);
            assertEquals(4, fonts.size(), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+CertificateCJKSans-Bold")), fonts.toString());
        }
    }

    @Test
    void latinAndCyrillicStayInDejaVuAndTheFallbackIsLeftOutWhenUnused() throws IOException {
        try (PDDocument document = Loader.loadPDF(CertificateRenderer.render(Samples.defaultTemplate(), CERTIFICATE))) {
            List<String> fonts = fontNames(document);
            assertTrue(fonts.stream().allMatch(f -> f.contains("DejaVu")), fonts.toString());
        }
    }

    @Test
    void aMixedNameIsSplitIntoRunsOfTheFirstFontThatHasTheirGlyphs() {
        CertificateTemplate template = Samples.defaultTemplate();
        TextField holder = template.descriptor().fields().stream()
                .filter(f -> f.name() == FieldName.HOLDER_NAME)
                .findFirst()
                .orElseThrow();
        List<TextRun> runs = template.runs(holder, "Li Wei (李伟), 佐藤 花子");
        assertEquals(
                List.of("Li Wei (", "李伟", "), ", "佐藤", " ", "花子"),
                runs.stream().map(TextRun::text).toList());
        assertEquals(
                List.of(
                        "fonts/DejaVuSerif-Bold.ttf",
                        "fonts/CertificateCJKSans-Bold.ttf",
                        "fonts/DejaVuSerif-Bold.ttf",
                        "fonts/CertificateCJKSans-Bold.ttf",
                        "fonts/DejaVuSerif-Bold.ttf",
                        "fonts/CertificateCJKSans-Bold.ttf"),
                runs.stream().map(r -> r.font().file()).toList());
    }

    private static List<String> fontNames(PDDocument document) throws IOException {
        PDResources resources = document.getPage(0).getResources();
        List<String> names = new ArrayList<>();
        for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName());
            names.add(font.getName());
        }
        return names;
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
