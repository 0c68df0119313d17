package edu.aum.course.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Draws one certificate page from a template: the background, every field in its font (embedded as a
 * subset) shrunk to its maximum width when needed, and the QR code. Stateless and thread-safe.
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
            PDPage page = draw(document, kit, template.descriptor(), data);
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

    private static PDPage draw(PDDocument document, RenderKit kit, TemplateDescriptor descriptor, CertificateData data)
            throws IOException {
        PDPage page = new PDPage(new PDRectangle(TemplateDescriptor.PAGE_WIDTH, TemplateDescriptor.PAGE_HEIGHT));
        document.addPage(page);
        Map<String, PDFont> fonts = kit.fontsFor(document, cut(descriptor, data));
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            kit.drawBackground(document, content, TemplateDescriptor.PAGE_WIDTH, TemplateDescriptor.PAGE_HEIGHT);
            for (TextField field : descriptor.fields()) {
                drawText(content, fonts.get(field.font()), field, FieldTexts.text(field, data));
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

    /** The smallest cut of the fonts that holds every text of this certificate. */
    private static TemplateFont.Cut cut(TemplateDescriptor descriptor, CertificateData data) {
        TemplateFont.Cut cut = TemplateFont.Cut.BASIC;
        for (TextField field : descriptor.fields()) {
            String text = FieldTexts.text(field, data);
            for (int i = 0; i < text.length() && cut != TemplateFont.Cut.WHOLE; ) {
                int codePoint = text.codePointAt(i);
                TemplateFont.Cut needed = TemplateFont.Cut.of(codePoint);
                if (needed.compareTo(cut) > 0) {
                    cut = needed;
                }
                i += Character.charCount(codePoint);
            }
        }
        return cut;
    }

    /** Shrinks the size so that the text fits the field's maximum width: long names stay on one line. */
    private static void drawText(PDPageContentStream content, PDFont font, TextField field, String text)
            throws IOException {
        float width = font.getStringWidth(text) / 1000f * field.size();
        float size = width > field.maxWidth() ? field.size() * field.maxWidth() / width : field.size();
        width = Math.min(width, field.maxWidth());
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(field.color());
        content.newLineAtOffset(field.align().left(field.x(), width), TemplateDescriptor.PAGE_HEIGHT - field.y());
        content.showText(text);
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
