package edu.aum.course.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws one certificate page from a template: the background, every field shrunk to its maximum width
 * when needed, each piece of it in the first of the field's fonts that has its glyphs (the field's own
 * font, then the template's fallback fonts; each embedded as a subset), and the QR code. Stateless and
 * thread-safe.
 */
public final class CertificateRenderer {

    private CertificateRenderer() {}

    /** The unsigned PDF; CertificateRefused when a character cannot be drawn (see GlyphCheck). */
    public static byte[] render(CertificateTemplate template, CertificateData data) {
        return write(template, data, null);
    }

    /** The PDF signed by signer as it is written (one pass, see OnePassSignature); CertificateRefused as render. */
    public static byte[] renderSigned(CertificateTemplate template, CertificateData data, CertificateSigner signer) {
        return write(template, data, signer);
    }

    private static byte[] write(CertificateTemplate template, CertificateData data, CertificateSigner signer) {
        List<CertificateProblem> problems = GlyphCheck.check(template, data);
        if (!problems.isEmpty()) {
            throw new CertificateRefused(problems);
        }
        RenderKit kit = template.borrowKit();
        try (PDDocument document = new PDDocument()) {
            PDPage page = draw(document, kit, template, data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(kit.expectedSize());
            if (signer == null) {
                document.save(out);
                return out.toByteArray();
            }
            OnePassSignature.prepare(document, page, signer.reservedBytes());
            // no object streams: the signature's placeholders must stay readable in the file
            document.save(out, CompressParameters.NO_COMPRESSION);
            return OnePassSignature.complete(out.toByteArray(), signer);
        } catch (IOException e) {
            // everything is in memory: an IOException here is a bug, not a condition to handle
            throw new UncheckedIOException(e);
        } finally {
            template.release(kit);
        }
    }

    private static PDPage draw(PDDocument document, RenderKit kit, CertificateTemplate template, CertificateData data)
            throws IOException {
        TemplateDescriptor descriptor = template.descriptor();
        PDPage page = new PDPage(new PDRectangle(TemplateDescriptor.PAGE_WIDTH, TemplateDescriptor.PAGE_HEIGHT));
        document.addPage(page);
        Map<TextField, List<TextRun>> texts = new LinkedHashMap<>();
        for (TextField field : descriptor.fields()) {
            texts.put(field, template.runs(field, FieldTexts.text(field, data)));
        }
        Map<TemplateFont, PDFont> fonts = kit.fontsFor(document, cuts(texts.values()));
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            kit.drawBackground(document, content, TemplateDescriptor.PAGE_WIDTH, TemplateDescriptor.PAGE_HEIGHT);
            for (Map.Entry<TextField, List<TextRun>> text : texts.entrySet()) {
                drawText(content, fonts, text.getKey(), text.getValue());
            }
            QrPlacement qr = descriptor.qr();
            QrCode.draw(
                    content,
                    data.verificationUrl(),
                    qr.x(),
                    TemplateDescriptor.PAGE_HEIGHT - qr.y() - qr.size(),
                    qr.size());
        }
        describe(document.getDocumentInformation(), descriptor, data);
        return page;
    }

    /** Per font this certificate uses, the smallest cut of it that holds every character it draws. */
    private static Map<TemplateFont, TemplateFont.Cut> cuts(Collection<List<TextRun>> texts) {
        Map<TemplateFont, TemplateFont.Cut> cuts = new HashMap<>();
        texts.stream()
                .flatMap(List::stream)
                .forEach(run -> cuts.merge(run.font(), run.cut(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        return cuts;
    }

    /**
     * Draws the runs one after the other on one line, each in its font, all at one size: shrunk so that
     * the whole text fits the field's maximum width (long names stay on one line).
     */
    private static void drawText(
            PDPageContentStream content, Map<TemplateFont, PDFont> fonts, TextField field, List<TextRun> runs)
            throws IOException {
        float width = 0;
        for (TextRun run : runs) {
            width += fonts.get(run.font()).getStringWidth(run.text()) / 1000f * field.size();
        }
        float size = width > field.maxWidth() ? field.size() * field.maxWidth() / width : field.size();
        width = Math.min(width, field.maxWidth());
        content.beginText();
        content.setNonStrokingColor(field.color());
        content.newLineAtOffset(field.align().left(field.x(), width), TemplateDescriptor.PAGE_HEIGHT - field.y());
        for (TextRun run : runs) {
            content.setFont(fonts.get(run.font()), size);
            content.showText(run.text());
        }
        content.endText();
    }

    private static void describe(PDDocumentInformation info, TemplateDescriptor descriptor, CertificateData data) {
        info.setTitle(descriptor.title().isEmpty() ? data.serial() : descriptor.title() + " " + data.serial());
        info.setAuthor(descriptor.author());
        info.setSubject(
                descriptor.subject().isEmpty() ? data.holderName() : descriptor.subject() + ": " + data.holderName());
        info.setCreator("Essay Certificates");
    }
}
