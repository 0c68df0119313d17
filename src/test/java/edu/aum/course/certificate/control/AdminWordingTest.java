package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Bundle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 item 7: a certificate the engine refuses is said to the admin in a sentence that names the student,
 * says what is wrong and what to do, in English and Russian, without the template's insides (font files, field
 * names, code points of visible characters).
 */
class AdminWordingTest {

    // characters of printable scripts that no font of the default template draws: rare Han (outside the CJK
    // subset) and an emoji
    private static final String NAME = "Wulfila 𠮷𪚥 😀";

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void aNameTheFontCannotDrawNamesTheStudentAndTheCharactersOnly(String language) {
        List<CertificateProblem> technical = GlyphCheck.check(Samples.defaultTemplate(), Samples.certificate(NAME));
        assertEquals(3, technical.size(), "the engine reports each character: " + technical);

        List<CertificateProblem> said = AdminWording.forStudent(NAME, technical);

        assertEquals(1, said.size(), "one sentence for the name: " + said);
        String text = text(language, said.get(0));
        assertTrue(text.contains(NAME), text);
        assertTrue(text.contains("𠮷, 𪚥, 😀"), text);
        assertEquals(
                Bundle.text(language, "certificate.problem.nameGlyphs", NAME, "𠮷, 𪚥, 😀"),
                text,
                "the bundle's sentence");
        assertNoInternals(text);
        assertEquals(said.get(0), AdminWording.first(NAME, technical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void aNameInAScriptCertificatesCannotPrintIsOneSentenceWithoutCodePoints(String language) {
        String arabic = "ليلى حداد";
        List<CertificateProblem> technical = GlyphCheck.check(Samples.defaultTemplate(), Samples.certificate(arabic));
        assertTrue(
                technical.stream().anyMatch(p -> p.key().equals(AdminWording.SCRIPT_UNSUPPORTED)),
                "the engine refuses the script: " + technical);

        List<CertificateProblem> said = AdminWording.forStudent(arabic, technical);

        assertEquals(1, said.size(), "one sentence for the name: " + said);
        String text = text(language, said.get(0));
        assertEquals(Bundle.text(language, "certificate.problem.nameScript", arabic), text);
        assertNoInternals(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void aCourseTitleTheFontCannotDrawSaysWhoseCertificateAndWhatToCorrect(String language) {
        CertificateData data = new CertificateData(
                "Anna Petrova",
                "Emoji 😀 Studies",
                "Готский",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 12, 20),
                LocalDate.of(2026, 12, 21),
                "ABCD-EFGH-JKLM",
                "http://localhost:8080/verify/ABCD-EFGH-JKLM");
        List<CertificateProblem> technical = GlyphCheck.check(Samples.defaultTemplate(), data);
        assertFalse(technical.isEmpty());

        String text = text(language, AdminWording.first("Anna Petrova", technical));

        assertEquals(
                Bundle.text(language, "certificate.problem.courseGlyphs", "Anna Petrova", "Emoji 😀 Studies", "😀"),
                text);
        assertNoInternals(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void problemsRecordedInTheEnginesTermsAreRewordedWhenShown(String language) {
        // a batch item as batches recorded it before: the engine's key with its arguments as stored strings
        CertificateProblem recorded = new CertificateProblem(
                "certificate.glyph.missing", List.of("holderName", "李伟", "李", "U+674E", "fonts/DejaVuSerif-Bold.ttf"));
        CertificateProblem stored = new CertificateProblem(
                "certificate.batch.item.error", List.of("SQLIntegrityConstraintViolationException: Duplicate entry"));

        String glyphs = text(language, AdminWording.first("李伟", List.of(recorded)));
        String notStored = text(language, AdminWording.first("Grace Liu", List.of(stored)));

        assertEquals(Bundle.text(language, "certificate.problem.nameGlyphs", "李伟", "李"), glyphs);
        assertNoInternals(glyphs);
        assertTrue(notStored.contains("Grace Liu"), notStored);
        assertFalse(notStored.contains("SQL"), notStored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void aBrokenTemplateIsOneSentenceAboutTheStudentsCertificate(String language) {
        List<CertificateProblem> technical = List.of(
                CertificateProblem.of("certificate.template.badFont", "fonts/Broken.ttf"),
                CertificateProblem.of("certificate.template.missingFile", "background.png"));

        List<CertificateProblem> said = AdminWording.forStudent("Anna Petrova", technical);

        assertEquals(List.of(CertificateProblem.of("certificate.problem.template", "Anna Petrova")), said);
        assertNoInternals(text(language, said.get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void aFailedStoreNamesTheStudentAndWhatToDo(String language) {
        String text = text(language, AdminWording.notStored("Олег Ершов"));
        assertTrue(text.contains("Олег Ершов"), text);
        assertNoInternals(text);
    }

    @org.junit.jupiter.api.Test
    void reasonsThatAlreadySpeakToTheAdminAreKept() {
        List<CertificateProblem> reasons = List.of(
                CertificateProblem.of("certificate.eligibility.essays", 3, 4),
                CertificateProblem.of("certificate.batch.item.hasCertificate", "ABCD-EFGH-JKLM"));
        assertEquals(reasons, AdminWording.forStudent("Anna", reasons));
    }

    @org.junit.jupiter.api.Test
    void anInvisibleCharacterIsShownByItsCodePoint() {
        assertEquals("U+200D", AdminWording.shown("\u200D"));
        assertEquals("U+00A0", AdminWording.shown("\u00A0"));
        assertEquals("李", AdminWording.shown("李"));
    }

    private static String text(String language, CertificateProblem problem) {
        return Bundle.text(language, problem.key(), problem.arguments().toArray());
    }

    private static void assertNoInternals(String text) {
        for (String internal : List.of("fonts/", ".ttf", "holderName", "courseTitle", "U+", "{", "SQL")) {
            assertFalse(text.contains(internal), "'" + internal + "' in: " + text);
        }
    }
}
