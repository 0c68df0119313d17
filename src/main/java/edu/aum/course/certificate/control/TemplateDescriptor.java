package edu.aum.course.certificate.control;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A template's template.json, read and converted to points (see certificates-templates/README.md). */
public record TemplateDescriptor(
        String background, String title, String author, String subject, List<TextField> fields, QrPlacement qr) {

    /** A4 landscape in points: every template is one such page. */
    public static final float PAGE_WIDTH = 841.89f;

    public static final float PAGE_HEIGHT = 595.28f;

    public TemplateDescriptor {
        fields = List.copyOf(fields);
    }

    /** The font files the fields use, each once. */
    public Set<String> fontFiles() {
        Set<String> files = new TreeSet<>();
        fields.forEach(f -> files.add(f.font()));
        return files;
    }
}
