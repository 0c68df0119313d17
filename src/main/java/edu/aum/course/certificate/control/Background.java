package edu.aum.course.certificate.control;

import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** A template's background file, read once: a one-page PDF (drawn as a form) or a PNG/JPEG image. */
final class Background {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String file;
    private final byte[] bytes;
    private final boolean pdf;

    private Background(String file, byte[] bytes, boolean pdf) {
        this.file = file;
        this.bytes = bytes;
        this.pdf = pdf;
    }

    /** Throws IOException when the bytes are neither a PDF with a page nor an image PDFBox can embed. */
    static Background of(String file, byte[] bytes) throws IOException {
        if (startsWith(bytes, PDF)) {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                if (document.getNumberOfPages() < 1) {
                    throw new IOException("no page in " + file);
                }
            }
            return new Background(file, bytes, true);
        }
        if (startsWith(bytes, PNG) || startsWith(bytes, JPEG)) {
            try (PDDocument scratch = new PDDocument()) {
                PDImageXObject.createFromByteArray(scratch, bytes, file);
            } catch (IllegalArgumentException e) {
                throw new IOException(file, e);
            }
            return new Background(file, bytes, false);
        }
        throw new IOException("not a PDF, PNG or JPEG: " + file);
    }

    boolean isPdf() {
        return pdf;
    }

    byte[] bytes() {
        return bytes;
    }

    String file() {
        return file;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
