package edu.aum.course.certificate.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Before issuing: every character of every printed text must be drawable by the font that prints it.
 * PDFBox would otherwise fail mid-render, and other tools print "?" or a blank in a person's name.
 */
public final class GlyphCheck {

    private GlyphCheck() {}

    /** One problem (certificate.glyph.missing) per distinct character a field cannot draw; empty: all can be drawn. */
    public static List<CertificateProblem> check(CertificateTemplate template, CertificateData data) {
        List<CertificateProblem> problems = new ArrayList<>();
        for (TextField field : template.descriptor().fields()) {
            String text = FieldTexts.text(field, data);
            TemplateFont font = template.font(field.font());
            text.codePoints()
                    .distinct()
                    .filter(c -> !font.canDraw(c))
                    .forEach(c -> problems.add(CertificateProblem.of(
                            "certificate.glyph.missing",
                            field.name().json(),
                            text,
                            new String(Character.toChars(c)),
                            codePoint(c),
                            field.font())));
        }
        return problems;
    }

    /** U+4E2D, U+1F600: how Unicode charts name a character. */
    static String codePoint(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
