package edu.aum.course.certificate.control;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Before issuing: every character of every printed text must be of a script certificates can print
 * (see Scripts) and drawable by the field's font or one of the template's fallback fonts. PDFBox would
 * otherwise fail mid-render or print a name wrongly, and other tools print "?" or a blank in it.
 */
public final class GlyphCheck {

    private GlyphCheck() {}

    /**
     * Per field, one problem (certificate.script.unsupported) per script that cannot be printed, and one
     * (certificate.glyph.missing) per other character no font of the field can draw; empty: all can be drawn.
     */
    public static List<CertificateProblem> check(CertificateTemplate template, CertificateData data) {
        List<CertificateProblem> problems = new ArrayList<>();
        for (TextField field : template.descriptor().fields()) {
            String text = FieldTexts.text(field, data);
            List<TemplateFont> fonts = template.fontsOf(field);
            Set<UnicodeScript> refused = EnumSet.noneOf(UnicodeScript.class);
            text.codePoints().distinct().forEach(c -> {
                if (!Scripts.printable(c)) {
                    if (refused.add(UnicodeScript.of(c))) {
                        problems.add(problem("certificate.script.unsupported", field, text, c));
                    }
                } else if (fonts.stream().noneMatch(font -> font.canDraw(c))) {
                    problems.add(problem("certificate.glyph.missing", field, text, c));
                }
            });
        }
        return problems;
    }

    private static CertificateProblem problem(String key, TextField field, String text, int codePoint) {
        return CertificateProblem.of(
                key,
                field.name().json(),
                text,
                new String(Character.toChars(codePoint)),
                codePoint(codePoint),
                field.font());
    }

    /** U+4E2D, U+1F600: how Unicode charts name a character. */
    static String codePoint(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
