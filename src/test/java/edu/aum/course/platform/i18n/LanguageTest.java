package edu.aum.course.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @ParameterizedTest
    @CsvSource({"en, EN", "EN, EN", "en-US, EN", "en_GB, EN", "ru, RU", "ru-RU, RU", " RU , RU"})
    void aSupportedCodeOrTagNamesItsLanguage(String code, Language expected) {
        assertEquals(Optional.of(expected), Language.of(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"de", "fr-FR", "xx", "   "})
    void anythingElseIsNoLanguage(String code) {
        assertTrue(Language.of(code).isEmpty());
    }

    @Test
    void anUnsupportedLocaleFallsBackToEnglish() {
        assertEquals(Language.EN, Language.of(Locale.GERMAN));
        assertEquals(Language.EN, Language.of((Locale) null));
        assertEquals(Language.RU, Language.of(Locale.forLanguageTag("ru-RU")));
    }
}
