package edu.aum.course.certificate.control;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Writes target/preview.pdf and target/preview.png of the default template, for a designer's eye. */
public final class PreviewDefault {

    private PreviewDefault() {}

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : Samples.NAME;
        byte[] pdf = CertificateRenderer.render(Samples.defaultTemplate(), Samples.certificate(name));
        Files.write(Path.of("target/preview.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(image, "png", new File("target/preview.png"));
        }
        System.out.println("bytes=" + pdf.length);
    }
}
