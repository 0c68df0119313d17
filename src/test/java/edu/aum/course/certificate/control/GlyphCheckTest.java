package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A character the font cannot draw is reported with its code point instead of printing "?" or a blank. */
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

    @Test
    void aChineseCharacterIsReportedWithItsCodePoint() {
        List<CertificateProblem> problems =
                GlyphCheck.check(Samples.defaultTemplate(), Samples.certificate("Li 中 Wei"));
        assertEquals(
                List.of(CertificateProblem.of(
                        "certificate.glyph.missing",
                        "holderName",
                        "Li 中 Wei",
                        "中",
                        "U+4E2D",
                        "fonts/DejaVuSerif-Bold.ttf")),
                problems);
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
                () -> CertificateRenderer.render(Samples.defaultTemplate(), Samples.certificate("Li 中 Wei")));
        assertTrue(refused.problems().get(0).arguments().contains("U+4E2D"));
    }
}
