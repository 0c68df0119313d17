package edu.aum.course.partner.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.platform.i18n.MessagePatterns;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * How a student's progress reads on the partner list and the student's page (issue 12, the sibling of the
 * eligibility wording): submitted, passed and needed said apart, never "5 passed of 4".
 */
class ProgressWordingTest {

    @Test
    void submittedPassedAndNeededAreSaidApart() {
        assertEquals("0 essays submitted; 0 passed; 4 needed", text("en", 0, 0, 4));
        assertEquals("1 essay submitted; 1 passed; 4 needed", text("en", 1, 1, 4));
        assertEquals("5 essays submitted; 5 passed; 4 needed", text("en", 5, 5, 4));
        assertEquals("Сдано эссе: 5; зачтено: 5; нужно: 4", text("ru", 5, 5, 4));
        assertEquals("Сдано эссе: 1; зачтено: 0; нужно: 4", text("ru", 1, 0, 4));
    }

    private static String text(String language, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "edu.aum.course.i18n.messages",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return MessagePatterns.format(
                bundle.getString("partner.enrollments.progress"), Locale.forLanguageTag(language), arguments);
    }
}
