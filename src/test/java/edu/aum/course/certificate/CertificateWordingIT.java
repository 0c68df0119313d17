package edu.aum.course.certificate;

import static edu.aum.course.certificate.CertificateScreens.ADMIN;
import static edu.aum.course.certificate.CertificateScreens.ADMIN_PASSWORD;
import static edu.aum.course.certificate.CertificateScreens.openOffering;
import static edu.aum.course.certificate.CertificateScreens.pastOffering;
import static edu.aum.course.certificate.CertificateScreens.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Issue 12: the eligibility table says what was passed and what is needed and the unit of the average, in both
 * languages; an unknown or malformed serial on /verify/{serial} is a 404 that says so and keeps the lookup form.
 */
@ExtendWith(PayaraServer.class)
class CertificateWordingIT {

    @Test
    void eligibilitySaysPassedAndNeededAndAveragesInPointsInBothLanguages() {
        try (Browser admin = Browser.open()) {
            admin.signIn(ADMIN, ADMIN_PASSWORD);
            long offering = pastOffering(admin);
            openOffering(admin, offering);
            assertEquals(Bundle.text("en", "certificate.eligibility.progress", 3, 4), progress(admin, "Сергей Попов"));
            assertEquals("3 essays passed; 4 needed", progress(admin, "Сергей Попов"));
            assertEquals("4 essays passed; 4 needed", progress(admin, "Emily Carter"));
            String hint = row(admin, "Emily Carter")
                    .findElement(By.cssSelector(".app-progress + .app-hint"))
                    .getText();
            assertTrue(hint.matches("Average [0-9.]+ points per essay"), hint);
            assertTrue(admin.driver().getPageSource().contains(Bundle.text("en", "admin.certificates.minAverage")));
            admin.switchLanguage("ru");
            try {
                openOffering(admin, offering);
                assertEquals("Зачтено эссе: 3; нужно: 4", progress(admin, "Сергей Попов"));
                String ru = row(admin, "Emily Carter")
                        .findElement(By.cssSelector(".app-progress + .app-hint"))
                        .getText();
                assertTrue(ru.matches("Средний балл за эссе: [0-9,]+ \\(в баллах рубрики\\)"), ru);
                assertTrue(admin.driver().getPageSource().contains(Bundle.text("ru", "admin.certificates.minAverage")));
            } finally {
                admin.switchLanguage("en"); // the admin account remembers the language; others expect English
            }
            assertFalse(admin.driver().getPageSource().contains(" of 4 essays passed"));
        }
    }

    @ParameterizedTest
    @CsvSource({"en, 2222-3333-4444", "ru, 2222-3333-4444", "en, not-a-serial", "ru, not-a-serial"})
    void anUnknownOrMalformedSerialIsA404ThatSaysSoAndKeepsTheForm(String language, String serial) {
        HttpResponse<String> page = new Http().get("/verify/" + serial, "Accept-Language", language);

        assertEquals(404, page.statusCode());
        String body = page.body();
        assertTrue(body.contains(Bundle.text(language, "verify.unknown")), body);
        assertFalse(body.contains(Bundle.text(language, "error.404.title")), "not the generic page");
        assertTrue(body.contains("lang=\"" + language + "\""), body);
        assertTrue(body.contains("id=\"lookup:serial\""), "the lookup form to retype");
        assertTrue(body.contains("value=\"" + serial + "\""), "what was asked for, to correct");
    }

    @Test
    void theApiStillAnswersProblemJson() {
        HttpResponse<String> unknown = new Http().get("/api/v1/certificates/2222-3333-4444");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    private static String progress(Browser admin, String name) {
        return row(admin, name).findElement(By.cssSelector(".app-progress")).getText();
    }
}
