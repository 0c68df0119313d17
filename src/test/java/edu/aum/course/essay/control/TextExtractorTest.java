package edu.aum.course.essay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.api.WordCounter;
import edu.aum.course.essay.control.TextExtractor.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void aDocxGivesItsParagraphsWithoutDeletedTextOrFieldCodes() throws Exception {
        byte[] docx = docx(
                "<w:p><w:r><w:t>Россия и США:</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\"> well-</w:t></w:r>"
                        + "<w:r><w:t>written</w:t></w:r></w:p>"
                        + "<w:p><w:r><w:delText>removed words</w:delText><w:instrText>PAGE</w:instrText><w:t>Second paragraph.</w:t></w:r></w:p>"
                        + "<w:p/>");

        var extracted = TextExtractor.extract("Essay 1.DOCX", docx);

        assertEquals(Format.DOCX, extracted.format());
        assertEquals("Россия и США:\t well-written\n\nSecond paragraph.", extracted.text());
        assertEquals(6, WordCounter.countText(extracted.text()));
    }

    @Test
    void anOdtGivesItsParagraphsAndHeadingsWithoutNotes() throws Exception {
        byte[] odt = odt(
                "<text:h>Title</text:h><text:p>One<text:s text:c=\"2\"/>two<text:tab/>three"
                        + "<text:note><text:note-body><text:p>footnote words</text:p></text:note-body></text:note></text:p>"
                        + "<text:list><text:list-item><text:p>Item <text:span>four</text:span></text:p></text:list-item></text:list>",
                false);

        var extracted = TextExtractor.extract("essay.odt", odt);

        assertEquals("Title\n\nOne  two\tthree\n\nItem four", extracted.text());
    }

    @Test
    void aPdfGivesItsText() throws Exception {
        var extracted = TextExtractor.extract("essay.pdf", pdf("Relations between two countries", null));

        assertEquals(Format.PDF, extracted.format());
        assertEquals("Relations between two countries", extracted.text());
    }

    @Test
    void aTextFileInUtf8OrWindows1251() throws Exception {
        assertEquals(
                "Привет, мир",
                TextExtractor.extract("a.txt", "\uFEFFПривет, мир\r\n".getBytes(StandardCharsets.UTF_8))
                        .text());
        assertEquals(
                "Привет, мир",
                TextExtractor.extract("a.txt", "Привет, мир".getBytes(Charset.forName("windows-1251")))
                        .text());
    }

    @Test
    void otherKindsOfFileAreRefused() {
        assertRefused("essay.upload.unsupported", "essay.doc", new byte[] {1});
        assertRefused("essay.upload.unsupported", "essay", new byte[] {1});
        assertRefused("essay.upload.unsupported", null, new byte[] {1});
    }

    @Test
    void aFileThatIsNotWhatItsNameClaimsIsRefused() throws Exception {
        assertRefused("essay.upload.mismatch", "essay.pdf", "just text".getBytes(StandardCharsets.UTF_8));
        assertRefused("essay.upload.mismatch", "essay.docx", pdf("text", null));
        assertRefused("essay.upload.mismatch", "essay.odt", docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>"));
        assertRefused("essay.upload.mismatch", "essay.docx", odt("<text:p>x</text:p>", false));
        assertRefused("essay.upload.mismatch", "essay.txt", new byte[] {'a', 0, 'b'});
    }

    @Test
    void encryptedFilesAreRefused() throws Exception {
        assertRefused("essay.upload.encrypted", "essay.pdf", pdf("secret", "password"));
        assertRefused("essay.upload.encrypted", "essay.odt", odt("<text:p>x</text:p>", true));
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertRefused("essay.upload.encryptedOrOld", "essay.docx", ole2);
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsMemory() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 30; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < 100_000, "30 MB compress to " + bytes.size() + " bytes");

        assertRefused("essay.upload.bomb", "bomb.docx", bytes.toByteArray());
    }

    @Test
    void damagedTooLargeAndEmptyFilesAreRefused() throws Exception {
        assertRefused("essay.upload.damaged", "essay.docx", new byte[] {'P', 'K', 3, 4, 9, 9, 9});
        assertRefused("essay.upload.damaged", "essay.pdf", "%PDF-1.7 nothing else".getBytes(StandardCharsets.US_ASCII));
        assertRefused("essay.upload.tooLarge", "essay.txt", new byte[TextExtractor.MAX_BYTES + 1]);
        assertRefused("essay.upload.noText", "essay.pdf", pdf(null, null));
        assertRefused("essay.upload.noText", "essay.txt", " — … \n".getBytes(StandardCharsets.UTF_8));
        assertRefused("essay.upload.noText", "essay.docx", docx("<w:p/>"));
    }

    private static void assertRefused(String key, String name, byte[] content) {
        ExtractionRefused refused = assertThrows(ExtractionRefused.class, () -> TextExtractor.extract(name, content));
        assertEquals(key, refused.key());
    }

    static byte[] docx(String body) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put(
                "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + body
                        + "</w:body></w:document>");
        return zip(parts);
    }

    static byte[] odt(String body, boolean encrypted) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text");
        parts.put(
                "META-INF/manifest.xml",
                "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                        + (encrypted ? "<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>" : "")
                        + "</manifest:manifest>");
        parts.put(
                "content.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                        + body + "</office:text></office:body></office:document-content>");
        return zip(parts);
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] pdf(String text, String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (text != null) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            if (userPassword != null) {
                var policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }
}
