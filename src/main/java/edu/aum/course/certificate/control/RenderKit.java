package edu.aum.course.certificate.control;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * What one renderer needs of a template, parsed once and reused for document after document: the
 * fonts and the background page. PDFBox's objects are not thread-safe, so a kit serves one thread at a
 * time (CertificateTemplate pools them).
 */
final class RenderKit implements AutoCloseable {

    private final Map<TemplateFont.Cut, Map<String, TrueTypeFont>> cuts = new EnumMap<>(TemplateFont.Cut.class);
    private final Background background;
    private final PDDocument backgroundPdf;
    private final EncodedImage backgroundImage;

    RenderKit(Background background) throws IOException {
        this.background = background;
        this.backgroundPdf = background.isPdf() ? Loader.loadPDF(background.bytes()) : null;
        this.backgroundImage = background.isPdf()
                ? null
                : EncodedImage.of(background.bytes(), background.file()).orElse(null);
    }

    /**
     * The fonts a certificate uses, in a new document, each to be embedded as a subset of what it draws:
     * from the smallest cut-down copy that holds its characters (PDFBox's per-document work grows with
     * the glyphs of the font it is given), parsed once per kit. Fonts it does not use stay out.
     */
    Map<TemplateFont, PDFont> fontsFor(PDDocument document, Map<TemplateFont, TemplateFont.Cut> used)
            throws IOException {
        Map<TemplateFont, PDFont> loaded = new HashMap<>();
        for (Map.Entry<TemplateFont, TemplateFont.Cut> font : used.entrySet()) {
            loaded.put(font.getKey(), PDType0Font.load(document, parsed(font.getKey(), font.getValue()), true));
        }
        return loaded;
    }

    private TrueTypeFont parsed(TemplateFont font, TemplateFont.Cut cut) throws IOException {
        Map<String, TrueTypeFont> fonts = cuts.computeIfAbsent(cut, c -> new HashMap<>());
        TrueTypeFont parsed = fonts.get(font.file());
        if (parsed == null) {
            parsed = font.open(cut);
            fonts.put(font.file(), parsed);
        }
        return parsed;
    }

    /** Draws the background over the whole page: the PDF page as a form (copied, not re-parsed), or the image. */
    void drawBackground(PDDocument document, PDPageContentStream content, float width, float height)
            throws IOException {
        if (backgroundPdf != null) {
            PDFormXObject form = new LayerUtility(document).importPageAsForm(backgroundPdf, 0);
            // A background drawn at another page size is stretched to A4 rather than cut off.
            PDRectangle box = form.getBBox();
            content.saveGraphicsState();
            content.transform(Matrix.getScaleInstance(width / box.getWidth(), height / box.getHeight()));
            content.drawForm(form);
            content.restoreGraphicsState();
        } else {
            PDImageXObject image = backgroundImage != null
                    ? backgroundImage.copyInto(document)
                    : PDImageXObject.createFromByteArray(document, background.bytes(), background.file());
            content.drawImage(image, 0, 0, width, height);
        }
    }

    /** A first guess of the PDF's size, so that the output buffer seldom grows (and copies). */
    int expectedSize() {
        return background.bytes().length + 128 * 1024;
    }

    @Override
    public void close() throws IOException {
        for (Map<String, TrueTypeFont> fonts : cuts.values()) {
            for (TrueTypeFont font : fonts.values()) {
                font.close();
            }
        }
        if (backgroundPdf != null) {
            backgroundPdf.close();
        }
    }
}
