package edu.aum.course.certificate.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads template.json into a descriptor in points, collecting every problem instead of stopping at
 * the first, so a designer sees them all at once. Geometry and files are checked by TemplateLoader.
 */
class DescriptorReader {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    private final List<CertificateProblem> problems = new ArrayList<>();
    private float scale = POINTS_PER_MM;

    /** The descriptor, or empty when it cannot be read at all; problems() says why in both cases. */
    Optional<TemplateDescriptor> read(byte[] json) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            return Optional.of(descriptor(reader.readObject()));
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            problems.add(CertificateProblem.of("certificate.template.badDescriptor", String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    List<CertificateProblem> problems() {
        return problems;
    }

    private TemplateDescriptor descriptor(JsonObject json) {
        units(json.getString("units", "mm"));
        JsonObject document =
                json.getJsonObject("document") == null ? JsonValue.EMPTY_JSON_OBJECT : json.getJsonObject("document");
        List<TextField> fields = new ArrayList<>();
        for (JsonValue value :
                json.getJsonArray("fields") == null ? List.<JsonValue>of() : json.getJsonArray("fields")) {
            field(value.asJsonObject()).ifPresent(fields::add);
        }
        return new TemplateDescriptor(
                json.getString("background", null),
                document.getString("title", ""),
                document.getString("author", ""),
                document.getString("subject", ""),
                fields,
                fallbackFonts(json),
                qr(json.getJsonObject("qr")));
    }

    private List<String> fallbackFonts(JsonObject json) {
        List<String> fonts = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("fallbackFonts") == null
                ? List.<JsonValue>of()
                : json.getJsonArray("fallbackFonts")) {
            if (value instanceof JsonString file && !file.getString().isBlank()) {
                fonts.add(file.getString());
            } else {
                problems.add(CertificateProblem.of("certificate.template.badValue", "fallbackFonts", value.toString()));
            }
        }
        return fonts;
    }

    private void units(String units) {
        switch (units) {
            case "mm" -> scale = POINTS_PER_MM;
            case "pt" -> scale = 1f;
            default -> problems.add(CertificateProblem.of("certificate.template.badValue", "units", units));
        }
    }

    private QrPlacement qr(JsonObject qr) {
        if (qr == null) {
            return null;
        }
        return new QrPlacement(length(qr, "qr", "x"), length(qr, "qr", "y"), length(qr, "qr", "size"));
    }

    private Optional<TextField> field(JsonObject json) {
        String name = json.getString("field", "");
        Optional<FieldName> field = FieldName.fromJson(name);
        if (field.isEmpty()) {
            problems.add(CertificateProblem.of("certificate.template.unknownField", name));
            return Optional.empty();
        }
        return Optional.of(new TextField(
                field.get(),
                language(json, name),
                json.getString("text", defaultText(field.get())),
                json.getString("dateFormat", "d MMMM yyyy"),
                json.getString("font", ""),
                size(json, name),
                color(json, name),
                align(json, name),
                length(json, name, "x"),
                length(json, name, "y"),
                maxWidth(json, name)));
    }

    private static String defaultText(FieldName field) {
        return field == FieldName.OFFERING_DATES ? "{start} – {end}" : "{value}";
    }

    private Locale language(JsonObject json, String field) {
        String language = json.getString("lang", "en");
        if (!language.equals("en") && !language.equals("ru")) {
            problems.add(CertificateProblem.of("certificate.template.badValue", field, "lang"));
        }
        return Locale.forLanguageTag(language);
    }

    private Align align(JsonObject json, String field) {
        String align = json.getString("align", "left");
        try {
            return Align.valueOf(align.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(CertificateProblem.of("certificate.template.badValue", field, "align"));
            return Align.LEFT;
        }
    }

    private Color color(JsonObject json, String field) {
        String color = json.getString("color", "#000000");
        if (!color.matches("#[0-9A-Fa-f]{6}")) {
            problems.add(CertificateProblem.of("certificate.template.badValue", field, "color"));
            return Color.BLACK;
        }
        return new Color(Integer.parseInt(color.substring(1), 16));
    }

    /** A font size: always in points, as designers give it; 12 when absent. */
    private float size(JsonObject json, String field) {
        return json.containsKey("size") ? length(json, field, "size") / scale : 12f;
    }

    /** The widest the text may be; absent: the page's width. */
    private float maxWidth(JsonObject json, String field) {
        return json.containsKey("maxWidth") ? length(json, field, "maxWidth") : TemplateDescriptor.PAGE_WIDTH;
    }

    /** A required number in the descriptor's units, in points; sizes must be positive, positions not negative. */
    private float length(JsonObject json, String field, String property) {
        JsonValue value = json.get(property);
        boolean position = property.equals("x") || property.equals("y");
        if (value instanceof JsonNumber number && (number.doubleValue() > 0 || position && number.doubleValue() == 0)) {
            return (float) number.doubleValue() * scale;
        }
        problems.add(CertificateProblem.of("certificate.template.badValue", field, property));
        return 0f;
    }
}
