package edu.aum.course.certificate.control;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * The writing systems a certificate can print. PDFBox places one glyph after the other, left to right,
 * without shaping: no joining of letters (Arabic, Syriac, Mongolian), no right-to-left order (Hebrew),
 * no reordering or stacking of vowel signs (Devanagari and the other Indic scripts, Thai, Khmer,
 * Myanmar, Tibetan). A font that has the glyphs would still print such a name wrongly, so the script
 * decides, not only the font.
 */
final class Scripts {

    /** Written left to right, one glyph per character: what PDFBox draws correctly. */
    private static final Set<UnicodeScript> PRINTABLE = EnumSet.of(
            UnicodeScript.COMMON,
            UnicodeScript.INHERITED,
            UnicodeScript.LATIN,
            UnicodeScript.GREEK,
            UnicodeScript.CYRILLIC,
            UnicodeScript.ARMENIAN,
            UnicodeScript.GEORGIAN,
            UnicodeScript.HAN,
            UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA,
            UnicodeScript.HANGUL,
            UnicodeScript.BOPOMOFO);

    private Scripts() {}

    static boolean printable(int codePoint) {
        return PRINTABLE.contains(UnicodeScript.of(codePoint));
    }

    /** Spaces, punctuation, digits and combining marks: they belong to the run around them. */
    static boolean neutral(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        return script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED;
    }
}
