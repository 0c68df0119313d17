package edu.aum.course.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real browser, partner staff filter their students, export what they see as CSV and open a student. */
@ExtendWith(PayaraServer.class)
class PartnerScreensIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Test
    void partnerStaffFilterTheirStudentsAndExportWhatTheySeeAsCsv() {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(PartnerClient.MSU_STAFF, PartnerClient.MSU_STAFF_PASSWORD);
        browser.find("#menuForm\\:partnerStudents").click();
        browser.find("#students\\:table");
        assertEquals("/partner/enrollments.xhtml", browser.path());
        String language = browser.language();
        String table = browser.text("#students\\:table");
        assertTrue(table.contains("Ольга Морозова") && table.contains("Kate Wilson"), table);
        assertFalse(table.contains("Алексей Новиков"), "another university's student");

        browser.choose("#students\\:status", Bundle.text(language, "EnrollmentStatus.WITHDRAWN"));
        browser.find("#students\\:filter").click();
        await(() -> !browser.text("#students\\:table").contains("Ольга Морозова"));
        table = browser.text("#students\\:table");
        assertTrue(table.contains("Kate Wilson"), table);
        assertTrue(table.contains(Bundle.text(language, "EnrollmentStatus.WITHDRAWN")), table);

        String csv = download();
        assertEquals('\uFEFF', csv.charAt(0), "a byte order mark for Excel");
        assertTrue(csv.substring(1).startsWith("enrollment_id,full_name,email,student_number,"), csv);
        assertTrue(csv.contains("Kate Wilson"), csv);
        assertFalse(csv.contains("Ольга Морозова"), "the export follows the filters");
        assertFalse(csv.contains("Алексей Новиков"));

        browser.choose("#students\\:status", Bundle.text(language, "partner.enrollments.anyStatus"));
        browser.type("#students\\:text", "msu-2023");
        browser.find("#students\\:filter").click();
        await(() -> !browser.text("#students\\:table").contains("Kate Wilson"));
        assertTrue(browser.text("#students\\:table").contains("Ольга Морозова"));
        String olga = download();
        assertTrue(olga.contains("Ольга Морозова,olga@demo.edu,MSU-2023-0412"), olga);
        assertFalse(olga.contains("Дмитрий Волков"));

        var name = browser.driver().findElement(By.cssSelector("#students\\:table a.app-student"));
        name.click();
        browser.awaitReplaced(name);
        assertEquals("/partner/student.xhtml", browser.path());
        assertEquals("MSU-2023-0412", browser.text("#studentNumber"));
        assertTrue(browser.text("#essays").contains("534"), "word counts in the timeline");
    }

    @Test
    void theUniversityIsNamedInTheLanguageOfThePageAlsoAfterASwitch() {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(PartnerClient.MSU_STAFF, PartnerClient.MSU_STAFF_PASSWORD);
        String first = browser.language();
        browser.go("/partner/enrollments.xhtml");
        for (String language : java.util.List.of("ru", "en", "ru")) {
            browser.switchLanguage(language);
            assertEquals(
                    language.equals("ru")
                            ? "Московский государственный университет имени М. В. Ломоносова"
                            : "Lomonosov Moscow State University",
                    browser.text("#university"),
                    "on the list in " + language);
        }
        browser.go("/partner/home.xhtml");
        assertEquals("Московский государственный университет имени М. В. Ломоносова", browser.text("#universityName"));
        browser.switchLanguage(first);
    }

    /** Fetches the CSV link as the browser would, with its session. */
    private static String download() {
        var link = browser.find("#students\\:csv");
        String href = link.getTagName().equals("a")
                ? link.getAttribute("href")
                : link.findElement(By.tagName("a")).getAttribute("href");
        String path = href.replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> response = new Http().get(path, "Cookie", browser.cookieHeader());
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(
                response.headers().firstValue("Content-Disposition").orElse("").contains("students-"));
        return response.body();
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class) // the table is replaced while it is read
                .until(d -> condition.getAsBoolean());
    }
}
