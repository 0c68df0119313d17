package edu.aum.course.certificate.control;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes certificates-templates/default/background.pdf: the frame, guilloche border, emblem, headings
 * and signature lines of the default certificate, all vector, so it prints crisp at any size and weighs
 * a few kilobytes. Run it after changing the design and commit its output:
 * {@code mvn -o -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=edu.aum.course.certificate.control.DefaultTemplateBackground}
 */
public final class DefaultTemplateBackground {

    private static final float MM = 72f / 25.4f;
    private static final float W = TemplateDescriptor.PAGE_WIDTH;
    private static final float H = TemplateDescriptor.PAGE_HEIGHT;
    static final Color NAVY = new Color(0x1B2A4A);
    static final Color GOLD = new Color(0xA8893A);
    static final Color PAPER = new Color(0xFCFAF3);
    private static final Path FOLDER = Path.of("certificates-templates/default");

    private DefaultTemplateBackground() {}

    public static void main(String[] args) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            document.addPage(page);
            PDFont bold = PDType0Font.load(
                    document, FOLDER.resolve("fonts/DejaVuSerif-Bold.ttf").toFile());
            PDFont regular = PDType0Font.load(
                    document, FOLDER.resolve("fonts/DejaVuSerif.ttf").toFile());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                paper(content);
                frame(content);
                guilloche(content);
                corners(content);
                emblem(content, bold);
                headings(content, bold, regular);
                rules(content);
            }
            document.getDocumentInformation().setTitle("Certificate background: American University in Moscow");
            document.save(FOLDER.resolve("background.pdf").toFile());
        }
    }

    private static void paper(PDPageContentStream content) throws IOException {
        content.setNonStrokingColor(PAPER);
        content.addRect(0, 0, W, H);
        content.fill();
    }

    private static void frame(PDPageContentStream content) throws IOException {
        content.setStrokingColor(NAVY);
        content.setLineWidth(2.2f);
        content.addRect(7 * MM, 7 * MM, W - 14 * MM, H - 14 * MM);
        content.stroke();
        content.setLineWidth(0.6f);
        content.addRect(13.5f * MM, 13.5f * MM, W - 27 * MM, H - 27 * MM);
        content.stroke();
        content.setStrokingColor(GOLD);
        content.setLineWidth(0.8f);
        content.addRect(14.6f * MM, 14.6f * MM, W - 29.2f * MM, H - 29.2f * MM);
        content.stroke();
    }

    /** Two interlaced sine waves between the outer and inner frame, as on banknotes and diplomas. */
    private static void guilloche(PDPageContentStream content) throws IOException {
        content.setLineWidth(0.35f);
        float inset = 10.25f * MM;
        float amplitude = 2.2f * MM;
        for (int phase = 0; phase < 2; phase++) {
            content.setStrokingColor(phase == 0 ? NAVY : GOLD);
            wave(content, inset, inset, W - inset, inset, amplitude, phase);
            wave(content, inset, H - inset, W - inset, H - inset, amplitude, phase);
            wave(content, inset, inset, inset, H - inset, amplitude, phase);
            wave(content, W - inset, inset, W - inset, H - inset, amplitude, phase);
        }
    }

    private static void wave(
            PDPageContentStream content, float x0, float y0, float x1, float y1, float amplitude, int phase)
            throws IOException {
        float length = (float) Math.hypot(x1 - x0, y1 - y0);
        int halfWaves = Math.round(length / (3 * MM));
        float ux = (x1 - x0) / length;
        float uy = (y1 - y0) / length;
        float step = length / halfWaves;
        content.moveTo(x0, y0);
        for (int i = 0; i < halfWaves; i++) {
            float sign = (i + phase) % 2 == 0 ? 1 : -1;
            float a = i * step;
            float b = a + step;
            // a cubic close to half a sine wave: control points at a third and two thirds, 4/3 high
            float h = sign * amplitude * 4f / 3f;
            content.curveTo(
                    x0 + ux * (a + step / 3) - uy * h,
                    y0 + uy * (a + step / 3) + ux * h,
                    x0 + ux * (a + 2 * step / 3) - uy * h,
                    y0 + uy * (a + 2 * step / 3) + ux * h,
                    x0 + ux * b,
                    y0 + uy * b);
        }
        content.stroke();
    }

    private static void corners(PDPageContentStream content) throws IOException {
        float inset = 10.25f * MM;
        float[][] points = {{inset, inset}, {W - inset, inset}, {inset, H - inset}, {W - inset, H - inset}};
        for (float[] p : points) {
            content.setNonStrokingColor(PAPER);
            diamond(content, p[0], p[1], 4.2f * MM);
            content.fill();
            content.setNonStrokingColor(NAVY);
            diamond(content, p[0], p[1], 3.4f * MM);
            content.fill();
            content.setNonStrokingColor(GOLD);
            diamond(content, p[0], p[1], 1.6f * MM);
            content.fill();
        }
    }

    private static void diamond(PDPageContentStream content, float x, float y, float r) throws IOException {
        content.moveTo(x, y + r);
        content.lineTo(x + r, y);
        content.lineTo(x, y - r);
        content.lineTo(x - r, y);
        content.closePath();
    }

    /** A round seal at the top: rings, a star of rays, and the initials. */
    private static void emblem(PDPageContentStream content, PDFont bold) throws IOException {
        float x = W / 2;
        float y = H - 24 * MM;
        content.setStrokingColor(GOLD);
        content.setLineWidth(1.2f);
        circle(content, x, y, 8.5f * MM);
        content.stroke();
        content.setLineWidth(0.4f);
        circle(content, x, y, 7.4f * MM);
        content.stroke();
        for (int i = 0; i < 48; i++) {
            double angle = Math.PI * 2 * i / 48;
            float inner = 5.6f * MM;
            float outer = (i % 2 == 0 ? 7.1f : 6.6f) * MM;
            content.moveTo(x + (float) Math.cos(angle) * inner, y + (float) Math.sin(angle) * inner);
            content.lineTo(x + (float) Math.cos(angle) * outer, y + (float) Math.sin(angle) * outer);
        }
        content.stroke();
        centred(content, bold, 11, NAVY, "AUM", y - 1.4f * MM);
    }

    private static void circle(PDPageContentStream content, float x, float y, float r) throws IOException {
        float k = 0.5523f * r;
        content.moveTo(x + r, y);
        content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        content.closePath();
    }

    private static void headings(PDPageContentStream content, PDFont bold, PDFont regular) throws IOException {
        centred(content, bold, 13, NAVY, "AMERICAN UNIVERSITY IN MOSCOW", H - 40 * MM);
        centred(content, regular, 10.5f, GOLD.darker(), "АМЕРИКАНСКИЙ УНИВЕРСИТЕТ В МОСКВЕ", H - 45.5f * MM);
        centred(content, bold, 32, NAVY, "CERTIFICATE OF COMPLETION", H - 61 * MM);
        centred(content, regular, 15, GOLD.darker(), "СЕРТИФИКАТ ОБ ОКОНЧАНИИ КУРСА", H - 69 * MM);
    }

    /** The gold rule under the name and the two signature lines. */
    private static void rules(PDPageContentStream content) throws IOException {
        content.setStrokingColor(GOLD);
        content.setLineWidth(0.7f);
        line(content, W / 2 - 85 * MM, H - 101 * MM, W / 2 + 85 * MM);
        content.setStrokingColor(NAVY);
        content.setLineWidth(0.5f);
        line(content, 36 * MM, H - 171 * MM, 104 * MM);
        line(content, 118 * MM, H - 171 * MM, 186 * MM);
        content.setNonStrokingColor(GOLD);
        diamond(content, W / 2, H - 101 * MM, 1.3f * MM);
        content.fill();
    }

    private static void line(PDPageContentStream content, float x0, float y, float x1) throws IOException {
        content.moveTo(x0, y);
        content.lineTo(x1, y);
        content.stroke();
    }

    private static void centred(PDPageContentStream content, PDFont font, float size, Color color, String text, float y)
            throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(color);
        content.newLineAtOffset(W / 2 - width / 2, y);
        content.showText(text);
        content.endText();
    }
}
