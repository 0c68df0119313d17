package edu.aum.course.certificate.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Signing a new certificate in the same save that writes it. PDFBox signs only in an incremental
 * save, which would mean parsing and copying each freshly written PDF (a megabyte with an image
 * background) once more. Instead the signature dictionary goes in before the save with a zeroed
 * /Contents and a placeholder /ByteRange; afterwards both are filled in place, as PDFBox's own
 * writer does, and the signature covers every byte but its own /Contents, in the file's only revision.
 */
final class OnePassSignature {

    private static final int PLACEHOLDER = 1_000_000_000;
    private static final byte[] RANGE_PLACEHOLDER =
            ("[0 " + PLACEHOLDER + " " + PLACEHOLDER + " " + PLACEHOLDER + "]").getBytes(StandardCharsets.US_ASCII);

    private OnePassSignature() {}

    /** Adds an invisible signature field with room for a CMS signature of reservedBytes; save without object streams. */
    static void prepare(PDDocument document, PDPage page, int reservedBytes) throws IOException {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setSignDate(Calendar.getInstance());
        signature.setContents(new byte[reservedBytes]);
        signature.setByteRange(new int[] {0, PLACEHOLDER, PLACEHOLDER, PLACEHOLDER});
        PDAcroForm form = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(form);
        form.setSignaturesExist(true);
        form.setAppendOnly(true);
        PDSignatureField field = new PDSignatureField(form);
        field.getCOSObject().setItem(COSName.V, signature);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(0, 0, 0, 0));
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        form.setFields(List.of(field));
    }

    /** Fills in the byte range and the signature that signer makes over it; pdf is changed in place. */
    static byte[] complete(byte[] pdf, CertificateSigner signer) throws IOException {
        int range = indexOf(pdf, RANGE_PLACEHOLDER);
        // /Contents is written just before /ByteRange: "<000…000>" ends at the last '>' before it
        int close = lastIndexOf(pdf, (byte) '>', range);
        int open = lastIndexOf(pdf, (byte) '<', close);
        if (range < 0 || open < 0 || close < 0 || !zeros(pdf, open + 1, close)) {
            throw new IOException("no signature placeholder in the PDF");
        }
        int[] byteRange = {0, open, close + 1, pdf.length - close - 1};
        byte[] written = String.format("[0 %d %d %d]", byteRange[1], byteRange[2], byteRange[3])
                .getBytes(StandardCharsets.US_ASCII);
        java.util.Arrays.fill(pdf, range, range + RANGE_PLACEHOLDER.length, (byte) ' ');
        System.arraycopy(written, 0, pdf, range, written.length);
        byte[] hex = HexFormat.of()
                .withUpperCase()
                .formatHex(signer.cms(pdf, byteRange))
                .getBytes(StandardCharsets.US_ASCII);
        if (hex.length > close - open - 1) {
            throw new IOException("the signature is larger than the space reserved for it");
        }
        System.arraycopy(hex, 0, pdf, open + 1, hex.length);
        return pdf;
    }

    private static boolean zeros(byte[] pdf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (pdf[i] != '0') {
                return false;
            }
        }
        return to - from >= 64;
    }

    private static int lastIndexOf(byte[] bytes, byte wanted, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    // from the start: PDFBox writes the signature dictionary before the page's large streams
    private static int indexOf(byte[] bytes, byte[] wanted) {
        byte first = wanted[0];
        outer:
        for (int i = 0; i <= bytes.length - wanted.length; i++) {
            if (bytes[i] != first) {
                continue;
            }
            for (int j = 1; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
