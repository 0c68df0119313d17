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

    private final Map<String, TemplateFont> templateFonts;
    private final Map<TemplateFont.Cut, Map<String, TrueTypeFont>> cuts = new EnumMap<>(TemplateFont.Cut.class);
    private final Background background;
    private final PDDocument backgroundPdf;
    private final EncodedImage backgroundImage;

    RenderKit(Map<String, TemplateFont> templateFonts, Background background) throws IOException {
        this.templateFonts = templateFonts;
        this.background = background;
        this.backgroundPdf = background.isPdf() ? Loader.loadPDF(background.bytes()) : null;
        this.backgroundImage = background.isPdf()
                ? null
                : EncodedImage.of(background.bytes(), background.file()).orElse(null);
    }

    /**
     * The template's fonts in a new document, each to be embedded as a subset of what it draws: from the
     * smallest cut-down copies that hold every text (PDFBox's per-document work grows with the glyphs of
     * the font it is given), parsed once per kit.
     */
    Map<String, PDFont> fontsFor(PDDocument document, TemplateFont.Cut cut) throws IOException {
        Map<String, TrueTypeFont> fonts = cuts.get(cut);
        if (fonts == null) {
            fonts = new HashMap<>();
            for (TemplateFont font : templateFonts.values()) {
                fonts.put(font.file(), font.open(cut));
            }
            cuts.put(cut, fonts);
        }
        Map<String, PDFont> loaded = new HashMap<>();
        for (Map.Entry<String, TrueTypeFont> font : fonts.entrySet()) {
            loaded.put(font.getKey(), PDType0Font.load(document, font.getValue(), true));
        }
        return loaded;
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
