package edu.aum.course.essay.control;

import edu.aum.course.essay.api.WordCounter;
import edu.aum.course.platform.text.TextFiles;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of an essay uploaded instead of typed: .docx, .odt, .pdf or .txt. The file must be what its
 * name claims, at most 10 MB, not encrypted, not a zip bomb, and hold text; otherwise it is refused with
 * the reason (ExtractionRefused, a bundle key).
 */
public final class TextExtractor {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PDF_PAGES = 200;

    /** The accepted kinds of file, by extension. */
    public enum Format {
        DOCX,
        ODT,
        PDF,
        TXT;

        static Format of(String fileName) throws ExtractionRefused {
            String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1);
            for (Format format : values()) {
                if (format.name().toLowerCase(Locale.ROOT).equals(extension)) {
                    return format;
                }
            }
            throw new ExtractionRefused("essay.upload.unsupported");
        }
    }

    /** The text, paragraphs separated by blank lines, and the kind of file it came from. */
    public record Extracted(String text, Format format) {}

    private TextExtractor() {}

    public static Extracted extract(String fileName, byte[] content) throws ExtractionRefused {
        Format format = Format.of(fileName);
        if (content.length > MAX_BYTES) {
            throw new ExtractionRefused("essay.upload.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text = switch (format) {
            case DOCX -> OfficeText.docx(requireZip(content, format));
            case ODT -> OfficeText.odt(requireZip(content, format));
            case PDF -> pdf(content);
            case TXT -> txt(content);
        };
        if (WordCounter.countText(text) == 0) {
            throw new ExtractionRefused("essay.upload.noText");
        }
        return new Extracted(text, format);
    }

    private static byte[] requireZip(byte[] content, Format format) throws ExtractionRefused {
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            // an OLE2 compound file: an encrypted Office document, or an old binary .doc renamed
            throw new ExtractionRefused("essay.upload.encryptedOrOld");
        }
        if (!startsWith(content, 'P', 'K', 3, 4)) {
            throw new ExtractionRefused("essay.upload.mismatch", format.name().toLowerCase(Locale.ROOT));
        }
        return content;
    }

    private static String pdf(byte[] content) throws ExtractionRefused {
        if (!startsWith(content, '%', 'P', 'D', 'F', '-')) {
            throw new ExtractionRefused("essay.upload.mismatch", "pdf");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw new ExtractionRefused("essay.upload.encrypted");
            }
            if (document.getNumberOfPages() > MAX_PDF_PAGES) {
                throw new ExtractionRefused("essay.upload.tooManyPages", MAX_PDF_PAGES);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphEnd("\n\n");
            stripper.setSortByPosition(true);
            return stripper.getText(document).replace("\r\n", "\n").strip();
        } catch (InvalidPasswordException e) {
            throw new ExtractionRefused("essay.upload.encrypted");
        } catch (IOException | RuntimeException e) {
            throw new ExtractionRefused("essay.upload.damaged");
        }
    }

    private static String txt(byte[] content) throws ExtractionRefused {
        for (byte b : content) {
            if (b == 0) {
                throw new ExtractionRefused("essay.upload.mismatch", "txt");
            }
        }
        return TextFiles.decode(content).replace("\r\n", "\n").strip();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
