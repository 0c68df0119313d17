package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PNG background is embedded from its encoded bytes, shows on the page, and the signed file verifies. */
class ImageBackgroundTest {

    @TempDir
    Path folder;

    @Test
    void aPngBackgroundIsDrawnAndTheSignedCertificateVerifies() throws IOException {
        Files.createDirectories(folder.resolve("fonts"));
        Files.copy(Samples.DEFAULT_TEMPLATE.resolve("fonts/DejaVuSans.ttf"), folder.resolve("fonts/DejaVuSans.ttf"));
        BufferedImage red = new BufferedImage(297, 210, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = red.createGraphics();
        graphics.setColor(new Color(200, 30, 30));
        graphics.fillRect(0, 0, 297, 210);
        graphics.dispose();
        ImageIO.write(red, "png", folder.resolve("background.png").toFile());
        Files.writeString(
                folder.resolve("template.json"),
                TemplateLoaderTest.descriptor("fonts/DejaVuSans.ttf", "holderName", 148.5)
                        .replace("background.pdf", "background.png"));
        CertificateTemplate template =
                TemplateLoader.load("png", TemplateFiles.directory(folder)).orRefuse();
        CertificateSigner signer =
                new CertificateSigner(SigningKey.choose(Optional.empty(), Optional.empty(), true, folder));

        byte[] pdf = CertificateRenderer.renderSigned(template, Samples.certificate(Samples.NAME), signer);

        assertTrue(SignatureVerifier.verify(pdf).intact());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            COSName name = resources.getXObjectNames().iterator().next();
            assertEquals(297, ((PDImageXObject) resources.getXObject(name)).getWidth());
            int corner = new PDFRenderer(document).renderImageWithDPI(0, 36).getRGB(5, 5);
            assertEquals(new Color(200, 30, 30).getRGB(), corner);
        }
    }
}
