package edu.aum.course.certificate.control;

import java.awt.Color;
import java.util.Locale;

/**
 * One placed text of a template, in PDF points from the page's top-left corner; y is the baseline.
 * The text is a pattern over {value} (or {start} and {end} for the offering dates); dateFormat is a
 * java.time pattern read in the field's language.
 */
public record TextField(
        FieldName name,
        Locale language,
        String text,
        String dateFormat,
        String font,
        float size,
        Color color,
        Align align,
        float x,
        float y,
        float maxWidth) {}
