package edu.aum.course.certificate.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The verification URL as a QR code in vector rectangles: sharp at any print size and a few hundred
 * bytes. Each run of dark modules in a row is one rectangle, and all are filled at once.
 */
final class QrCode {

    /** A white margin of this many modules inside the placement keeps the code readable on any background. */
    private static final int QUIET_MODULES = 2;
    // Size 0 and margin 0: one matrix cell per module, the quiet zone is drawn by us. One fixed mask: any of
    // the eight is valid for readers, and scoring all eight for the "best" was an eighth of a certificate's time.
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.CHARACTER_SET,
            "UTF-8",
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN,
            0,
            EncodeHintType.QR_MASK_PATTERN,
            2);

    private QrCode() {}

    /** Draws at (x, y), the square's lower-left corner in PDF points. */
    static void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix = matrix(text);
        int modules = matrix.getWidth();
        float module = size / (modules + 2 * QUIET_MODULES);
        content.setNonStrokingColor(Color.WHITE);
        content.addRect(x, y, size, size);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
        float left = x + QUIET_MODULES * module;
        float top = y + size - QUIET_MODULES * module;
        for (int row = 0; row < modules; row++) {
            addRuns(content, matrix, row, left, top - (row + 1) * module, module);
        }
        content.fill();
    }

    private static void addRuns(
            PDPageContentStream content, BitMatrix matrix, int row, float left, float bottom, float module)
            throws IOException {
        int column = 0;
        while (column < matrix.getWidth()) {
            if (!matrix.get(column, row)) {
                column++;
                continue;
            }
            int start = column;
            while (column < matrix.getWidth() && matrix.get(column, row)) {
                column++;
            }
            content.addRect(left + start * module, bottom, (column - start) * module, module);
        }
    }

    private static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + text.length() + " characters", e);
        }
    }
}
