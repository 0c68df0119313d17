package edu.aum.course.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.i18n.Language;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void aMailIsWrittenInTheRecipientsLanguageWithGreetingAndSignature() {
        var russian = templates.render("outbox.test", Language.RU, "Анна Петрова");
        var english = templates.render("outbox.test", Language.EN, "John O'Connor");

        assertEquals("Тестовое письмо от «Эссе и сертификаты»", russian.subject());
        assertTrue(russian.body().startsWith("Здравствуйте, Анна Петрова!\n\n"), russian.body());
        assertTrue(russian.body().endsWith("Американский университет в Москве"), russian.body());
        assertTrue(english.body().startsWith("Dear John O'Connor,"), english.body());
        assertTrue(english.body().contains("application's mail settings"), english.body());
    }

    @Test
    void withoutANameTheGreetingIsGeneral() {
        assertTrue(templates.render("outbox.test", Language.EN, null).body().startsWith("Hello,"));
    }

    @Test
    void anUnknownTemplateIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> templates.render("no.such", Language.EN, "X"));
    }

    @Test
    void yesNoArgumentsChooseTheirWords() {
        String late = templates
                .render("essay.receipt", Language.RU, "А", "T", "t", 600, "h", 1, 2, "C")
                .body();
        String onTime = templates
                .render("essay.receipt", Language.EN, "A", "T", "t", 600, "h", 0, 2, "C")
                .body();
        assertTrue(late.contains("Срок: с опозданием"), late);
        assertTrue(onTime.contains("Timing: on time"), onTime);
        String passed = templates
                .render("grading.released", Language.EN, "A", "T", "30", "40", 1, "l", "C")
                .body();
        String failed = templates
                .render("grading.released", Language.RU, "А", "T", "10", "40", 0, "l", "C")
                .body();
        assertTrue(passed.contains("Result: passed"), passed);
        assertTrue(failed.contains("Результат: не зачтено"), failed);
    }
}
