package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A character no font of the field can draw is reported with its code point instead of printing "?" or a
 * blank; a script PDFBox cannot shape is refused whatever the fonts hold; CJK is drawn by the fallback.
 */
class GlyphCheckTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ёлкина Мария-Luisa O'Neil",
                "José García-Márquez",
                "Zoë Chloé Müller",
                "Seán O’Connor",
                "Łukasz Żółć",
                "Ørsted Åse",
                "Анна-Лена Щукина-Йылмаз"
            })
    void namesInCyrillicAndAccentedLatinPass(String name) {
        assertEquals(List.of(), GlyphCheck.check(Samples.defaultTemplate(), Samples.certificate(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"李伟", "김민준", "佐藤 花子", "Li Wei 李伟", "山田 さくら", "カタカナ・テスト"})
    void chineseJapaneseAndKoreanNamesPassWithTheFallbackFont(String name) {
        assertEquals(List.of(), GlyphCheck.check(Samples.defaultTemplate(), Samples.certificate(name)));
    }

    @Test
    void aRareHanCharacterThatNoFontHasIsReportedWithItsCodePoint() {
        List<CertificateProblem> problems =
                GlyphCheck.check(Samples.defaultTemplate(), Samples.certificate("Li 𠮷 Wei"));
        assertEquals(
                List.of(CertificateProblem.of(
                        "certificate.glyph.missing",
                        "holderName",
                        "Li 𠮷 Wei",
                        "𠮷",
                        "U+20BB7",
                        "fonts/DejaVuSerif-Bold.ttf")),
                problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ليلى حداد", "Layla حداد", "דוד לוי", "अर्जुन शर्मा", "สมชาย ใจดี"})
    void aNameInAScriptThatNeedsShapingIsRefusedOncePerScriptEvenWhereAFontHasItsGlyphs(String name) {
        List<CertificateProblem> problems = GlyphCheck.check(Samples.defaultTemplate(), Samples.certificate(name));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("certificate.script.unsupported", problems.get(0).key());
        assertEquals("holderName", problems.get(0).arguments().get(0));
        assertEquals(name, problems.get(0).arguments().get(1));
    }

    @Test
    void dejaVuSansHasArabicGlyphsButTheScriptStillDecides() {
        // the serial's font draws Arabic letters one by one, unjoined: printable by glyph, not by script
        assertTrue(Samples.defaultTemplate().font("fonts/DejaVuSans.ttf").canDraw("ل".codePointAt(0)));
        assertFalse(Scripts.printable("ل".codePointAt(0)));
    }

    @Test
    void anEmojiOutsideTheBasicPlaneIsOneCharacterWithItsCodePoint() {
        List<CertificateProblem> problems = GlyphCheck.check(Samples.defaultTemplate(), Samples.certificate("Anna 😀"));
        assertEquals(1, problems.size());
        assertEquals("U+1F600", problems.get(0).arguments().get(3));
        assertEquals("😀", problems.get(0).arguments().get(2));
    }

    @Test
    void renderingRefusesInsteadOfPrintingAQuestionMark() {
        CertificateRefused refused = assertThrows(
                CertificateRefused.class,
                () -> CertificateRenderer.render(Samples.defaultTemplate(), Samples.certificate("Li 𠮷 Wei")));
        assertTrue(refused.problems().get(0).arguments().contains("U+20BB7"));
    }
}
