package edu.aum.course.certificate.control;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A template's template.json, read and converted to points (see certificates-templates/README.md).
 * fallbackFonts draw, in their order, the characters a field's own font has no glyph for.
 */
public record TemplateDescriptor(
        String background,
        String title,
        String author,
        String subject,
        List<TextField> fields,
        List<String> fallbackFonts,
        QrPlacement qr) {

    /** A4 landscape in points: every template is one such page. */
    public static final float PAGE_WIDTH = 841.89f;

    public static final float PAGE_HEIGHT = 595.28f;

    public TemplateDescriptor {
        fields = List.copyOf(fields);
        fallbackFonts = List.copyOf(fallbackFonts);
    }

    /** The font files the fields and the fallbacks use, each once. */
    public Set<String> fontFiles() {
        Set<String> files = new TreeSet<>(fallbackFonts);
        fields.forEach(f -> files.add(f.font()));
        return files;
    }
}
