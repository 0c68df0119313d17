package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.platform.i18n.MessagePatterns;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * How the eligibility reasons and the average read (issue 12): what was passed against what is needed, never
 * "5 of 4", with the plural the count takes, and averages in rubric points.
 */
class EligibilityWordingTest {

    @Test
    void passedAndNeededAreSaidApartWithTheRightPlural() {
        assertEquals("0 essays passed; 4 needed", text("en", "certificate.eligibility.progress", 0, 4));
        assertEquals("1 essay passed; 4 needed", text("en", "certificate.eligibility.progress", 1, 4));
        assertEquals("5 essays passed; 4 needed", text("en", "certificate.eligibility.progress", 5, 4));
        assertEquals("3 essays passed; 4 needed.", text("en", "certificate.eligibility.essays", 3, 4));
        // эссе does not change with the number
        assertEquals("Зачтено эссе: 1; нужно: 4", text("ru", "certificate.eligibility.progress", 1, 4));
        assertEquals("Зачтено эссе: 2; нужно: 4", text("ru", "certificate.eligibility.progress", 2, 4));
        assertEquals("Зачтено эссе: 5; нужно: 4", text("ru", "certificate.eligibility.progress", 5, 4));
        assertEquals("Зачтено эссе: 3; нужно: 4.", text("ru", "certificate.eligibility.essays", 3, 4));
    }

    @Test
    void theRuleSaysOneEssayOrSeveral() {
        assertEquals(
                "At least 1 essay released",
                text("en", "admin.certificates.ruleText", 1).substring(0, 25));
        assertEquals(
                "At least 4 essays released",
                text("en", "admin.certificates.ruleText", 4).substring(0, 26));
    }

    @Test
    void averagesAreInRubricPoints() {
        assertEquals(
                "Average 33.5 points per essay", text("en", "admin.certificates.average", new BigDecimal("33.50")));
        assertEquals("Average 1 point per essay", text("en", "admin.certificates.average", new BigDecimal("1.00")));
        assertEquals(
                "Average 33.5 points per essay is below the minimum of 35 points.",
                text("en", "certificate.eligibility.average", new BigDecimal("33.50"), new BigDecimal("35.00")));
        assertEquals(
                "No released score yet; the minimum average is 35 points per essay.",
                text("en", "certificate.eligibility.noAverage", new BigDecimal("35.00")));
        assertEquals(
                "Средний балл за эссе: 33,5 (в баллах рубрики)",
                text("ru", "admin.certificates.average", new BigDecimal("33.50")));
        assertEquals(
                "Средний балл за эссе (33,5) ниже минимального (35), в баллах рубрики.",
                text("ru", "certificate.eligibility.average", new BigDecimal("33.50"), new BigDecimal("35.00")));
        assertEquals(
                "Minimum average score (rubric points per essay)",
                bundle("en").getString("admin.certificates.minAverage"));
    }

    private static String text(String language, String key, Object... arguments) {
        ResourceBundle bundle = bundle(language);
        return MessagePatterns.format(bundle.getString(key), Locale.forLanguageTag(language), arguments);
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(
                "edu.aum.course.i18n.messages",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
