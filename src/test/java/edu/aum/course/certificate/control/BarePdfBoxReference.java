package edu.aum.course.certificate.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The yardstick of the certificate engine's CPU: the same page as the benchmark's "peer" template
 * (src/test/resources/bench-template/template.json: the peer's background PNG, DejaVu Sans as a subset, the same texts
 * and a QR code), drawn by a plain PDFBox program on one thread, one new document per certificate as PDFBox's own
 * examples do (the image and the font loaded into each document, ZXing's QR encoder with its defaults), then signed the
 * way PDFBox documents it (load, addSignature, saveIncremental: CertificateSigner.sign, with the benchmark's key). No
 * template, no glyph check, no caches. Prints {@code bare certs=N seconds=S per_cert_ms=X cpu_ms_per_cert=C
 * warm_cpu_ms_per_cert=W bytes_avg=B}, where C is the process's CPU time (JIT and collector included) per certificate
 * and W the same over the second half (a warm JVM). Run: {@code mvn -q -Pbenchmark-bare -Dcerts=1000}.
 */
public final class BarePdfBoxReference {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle A4_LANDSCAPE = new PDRectangle(297 * MM, 210 * MM);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Color NAVY = new Color(0x18, 0x2C, 0x5C);
    private static final Color GREY = new Color(0x50, 0x50, 0x50);
    private static final Color INK = new Color(0x14, 0x14, 0x14);

    private BarePdfBoxReference() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "1000");
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench-bare-out");
        Files.createDirectories(out);
        byte[] background = Files.readAllBytes(
                Path.of(System.getProperty("peer.background", "/work/shared/perf-peer/background.png")));
        byte[] font = Files.readAllBytes(Samples.DEFAULT_TEMPLATE.resolve("fonts/DejaVuSans.ttf"));
        CertificateSigner signer = new CertificateSigner(
                SigningKey.choose(Optional.empty(), Optional.empty(), true, Path.of("target/bench-signing")));
        long bytes = 0;
        long cpuStart = CpuTime.process();
        long start = System.nanoTime();
        long cpuHalf = cpuStart;
        for (int i = 0; i < n; i++) {
            if (i == n / 2) {
                cpuHalf = CpuTime.process();
            }
            byte[] pdf = signer.sign(draw(CertificateBenchmark.data(i), background, font));
            Files.write(out.resolve(String.format(Locale.ROOT, "cert_%06d.pdf", i + 1)), pdf);
            bytes += pdf.length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuEnd = CpuTime.process();
        System.out.printf(
                Locale.ROOT,
                "bare certs=%d seconds=%.3f per_cert_ms=%.2f cpu_ms_per_cert=%.2f warm_cpu_ms_per_cert=%.2f"
                        + " bytes_avg=%d%n",
                n,
                seconds,
                seconds * 1000 / n,
                (cpuEnd - cpuStart) / 1e6 / n,
                (cpuEnd - cpuHalf) / 1e6 / (n - n / 2),
                Math.round((double) bytes / n));
    }

    static byte[] draw(CertificateData data, byte[] background, byte[] fontFile) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Certificate of completion");
            info.setAuthor("Benchmark");
            info.setSubject("Certificate");
            PDPage page = new PDPage(A4_LANDSCAPE);
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(fontFile), true);
            PDImageXObject image = PDImageXObject.createFromByteArray(document, background, "background.png");
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, A4_LANDSCAPE.getWidth(), A4_LANDSCAPE.getHeight());
                centred(content, font, "CERTIFICATE OF COMPLETION", 40, 30, NAVY);
                centred(content, font, "This is to certify that", 60.7f, 14, GREY);
                centred(content, font, data.holderName(), 77.7f, 32, INK);
                centred(content, font, "has successfully completed the course", 94.7f, 14, GREY);
                centred(content, font, data.courseTitleEn(), 106.7f, 20, NAVY);
                centred(content, font, "Date of issue: " + DATE.format(data.issuedOn()), 126, 12, INK);
                text(content, font, "Certificate code: " + data.serial(), 30, 173.4f, 10, INK);
                text(content, font, "Verify at " + data.verificationUrl(), 30, 178.7f, 8, GREY);
                centred(content, font, "______________________________", 162, 10, NAVY);
                centred(content, font, "Dr. Elena Petrova, Course Director", 168.4f, 10, INK);
                qr(content, data.verificationUrl(), 232 * MM, A4_LANDSCAPE.getHeight() - (138 + 40) * MM, 40 * MM);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        }
    }

    private static void centred(
            PDPageContentStream content, PDType0Font font, String text, float yMm, float size, Color color)
            throws Exception {
        float width = font.getStringWidth(text) / 1000 * size;
        text(content, font, text, (A4_LANDSCAPE.getWidth() - width) / 2 / MM, yMm, size, color);
    }

    private static void text(
            PDPageContentStream content, PDType0Font font, String text, float xMm, float yMm, float size, Color color)
            throws Exception {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(color);
        content.newLineAtOffset(xMm * MM, A4_LANDSCAPE.getHeight() - yMm * MM);
        content.showText(text);
        content.endText();
    }

    /** ZXing's QR code with its defaults (it chooses the best of eight masks), a rectangle per dark module. */
    private static void qr(PDPageContentStream content, String text, float x, float y, float size) throws Exception {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0);
        int modules = matrix.getWidth();
        float module = size / modules;
        content.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < modules; row++) {
            for (int column = 0; column < modules; column++) {
                if (matrix.get(column, row)) {
                    content.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }
}
