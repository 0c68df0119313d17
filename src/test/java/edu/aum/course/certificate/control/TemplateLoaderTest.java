package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template is checked when it is chosen: files, field names, fonts and geometry. */
class TemplateLoaderTest {

    @TempDir
    Path folder;

    @Test
    void theShippedDefaultTemplateIsValid() {
        TemplateLoad load = TemplateLoader.load("default", TemplateFiles.directory(Samples.DEFAULT_TEMPLATE));
        assertEquals(List.of(), load.problems());
        assertTrue(load.isValid());
    }

    @Test
    void theDefaultTemplateIsAlsoOnTheClassPathForAWarWithoutTheFolder() {
        TemplateLibrary library =
                new TemplateLibrary(folder.resolve("none"), getClass().getClassLoader());
        assertTrue(library.load(TemplateLibrary.DEFAULT).isValid());
        assertEquals(List.of(TemplateLibrary.DEFAULT), library.names());
    }

    @Test
    void aMissingFontFileIsNamed() throws IOException {
        write(descriptor("fonts/Nope.ttf", "holderName", 148.5));
        assertEquals(
                List.of(CertificateProblem.of("certificate.template.missingFile", "fonts/Nope.ttf")),
                load().problems());
    }

    @Test
    void aMissingBackgroundIsNamed() throws IOException {
        write(descriptor("fonts/DejaVuSans.ttf", "holderName", 148.5));
        Files.delete(folder.resolve("background.pdf"));
        assertEquals(
                List.of(CertificateProblem.of("certificate.template.missingFile", "background.pdf")),
                load().problems());
    }

    @Test
    void anUnknownFieldIsNamed() throws IOException {
        write(descriptor("fonts/DejaVuSans.ttf", "holderName", 148.5).replace("\"serial\"", "\"serialNumber\""));
        assertTrue(
                load().problems().contains(CertificateProblem.of("certificate.template.unknownField", "serialNumber")));
    }

    @Test
    void aFontFileThatIsNotAFontIsRefused() throws IOException {
        write(descriptor("fonts/fake.ttf", "holderName", 148.5));
        Files.writeString(folder.resolve("fonts/fake.ttf"), "not a font at all, just text");
        assertEquals(
                List.of(CertificateProblem.of("certificate.template.badFont", "fonts/fake.ttf")), load().problems());
    }

    @Test
    void aFieldThatCanGrowOffThePageIsRefused() throws IOException {
        write(descriptor("fonts/DejaVuSans.ttf", "holderName", 280));
        assertEquals(List.of(CertificateProblem.of("certificate.template.offPage", "holderName")), load().problems());
    }

    @Test
    void aFileOutsideTheTemplateFolderIsRefused() throws IOException {
        write(descriptor("../../etc/passwd", "holderName", 148.5));
        assertEquals(
                List.of(CertificateProblem.of("certificate.template.badPath", "../../etc/passwd")), load().problems());
    }

    @Test
    void brokenJsonIsReportedNotThrown() throws IOException {
        write("{ \"fields\": [");
        TemplateLoad load = load();
        assertFalse(load.isValid());
        assertEquals(
                "certificate.template.badDescriptor", load.problems().get(0).key());
    }

    private TemplateLoad load() {
        return TemplateLoader.load("test", TemplateFiles.directory(folder));
    }

    private void write(String json) throws IOException {
        Files.createDirectories(folder.resolve("fonts"));
        Files.copy(Samples.DEFAULT_TEMPLATE.resolve("fonts/DejaVuSans.ttf"), folder.resolve("fonts/DejaVuSans.ttf"));
        Files.copy(Samples.DEFAULT_TEMPLATE.resolve("background.pdf"), folder.resolve("background.pdf"));
        Files.writeString(folder.resolve(TemplateLoader.DESCRIPTOR), json);
    }

    /** A small valid descriptor (mm) whose name field uses the given font and x, 100 mm wide, centred. */
    static String descriptor(String nameFont, String nameField, double nameX) {
        return """
                {"units": "mm", "background": "background.pdf",
                 "fields": [
                   {"field": "%s", "x": %s, "y": 100, "align": "center", "maxWidth": 100, "font": "%s", "size": 24},
                   {"field": "serial", "x": 20, "y": 190, "font": "fonts/DejaVuSans.ttf", "size": 9, "maxWidth": 80}
                 ],
                 "qr": {"x": 250, "y": 160, "size": 30}}
                """.formatted(nameField, nameX, nameFont);
    }
}
