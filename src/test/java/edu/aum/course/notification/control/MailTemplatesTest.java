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
}
