package edu.aum.course.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.MailServer;
import edu.aum.course.testsupport.OutboxScreen;
import edu.aum.course.testsupport.PayaraServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator enrolls students from a CSV file: good lines enrolled, bad lines reported, nothing partial. */
@ExtendWith(PayaraServer.class)
class BulkEnrollmentIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Test
    void goodLinesAreEnrolledAndEachBadLineIsReportedWithItsReason() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        long offering = Screens.createOffering(browser, today.minusDays(1), today.plusDays(10), 3);
        browser.switchLanguage("en");
        String tag = Screens.unique("b").toLowerCase();
        String newStudent = "olga." + tag + "@spbu.ru";
        String tooMany = "late." + tag + "@gwu.edu";
        Path csv = Files.createTempFile("enroll", ".csv");
        Files.writeString(
                csv,
                String.join(
                        "\r\n",
                        "E-mail;Full name;University;Student number",
                        newStudent + ";Ольга Сергеевна Ёлкина;Санкт-Петербургский государственный университет;" + tag,
                        Screens.IVAN + ";Иван Смирнов;Lomonosov Moscow State University;MSU-" + tag,
                        "not an e-mail;Somebody;Uni;1",
                        newStudent.toUpperCase() + ";Ольга Ёлкина;СПбГУ;2",
                        "instructor@demo.edu;John Miller;Uni;3",
                        "third." + tag + "@gwu.edu;Mary-Jane O'Neil;George Washington University;G1",
                        tooMany + ";Late Student;George Washington University;G2",
                        ""),
                StandardCharsets.UTF_8);

        browser.go("/admin/enrollments-import.xhtml?offering=" + offering);
        browser.driver()
                .findElement(By.cssSelector("#import\\:file input[type=file]"))
                .sendKeys(csv.toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("import:problems")));

        String problems = browser.text("#import\\:problems");
        assertTrue(problems.contains("Line 4: 'not an e-mail' is not an e-mail address."), problems);
        assertTrue(problems.contains("Line 5: " + newStudent + " appears already on line 2."), problems);
        assertTrue(problems.contains("Line 6: instructor@demo.edu belongs to a staff account"), problems);
        assertTrue(problems.contains("Line 8: " + Bundle.text("en", "import.row.full", tooMany)), problems);
        String told = browser.text("#import\\:messages");
        assertTrue(told.contains(Bundle.text("en", "admin.import.someFailed", 3, 4)), told);
        String enrolled = browser.text("#import\\:enrolled");
        assertTrue(enrolled.contains("Ольга Сергеевна Ёлкина"), enrolled);
        assertTrue(enrolled.contains("Иван Смирнов"), enrolled);
        assertTrue(enrolled.contains("Mary-Jane O'Neil"), enrolled);

        var invitation = PayaraServer.mail().await(newStudent, m -> true, Duration.ofSeconds(30));
        assertTrue(MailServer.link(invitation, PayaraServer.url("/")).contains("token="), MailServer.body(invitation));
        browser.go("/admin/enrollments.xhtml?offering=" + offering);
        String list = browser.text("#enrollments\\:table");
        assertTrue(list.contains("Ольга Сергеевна Ёлкина") && list.contains(Screens.IVAN), list);
        assertFalse(list.contains(tooMany), "the line past capacity left nothing behind");
        // each line's mail was queued with its enrollment, before the report showed: none to it, none ever comes
        assertEquals(List.of(), OutboxScreen.statuses(browser, tooMany), "no invitation queued");
        assertEquals(0, PayaraServer.mail().messagesTo(tooMany).size(), "and no invitation either");

        // the same students again: the report speaks to the admin about each student, in the admin's language
        for (String language : List.of("ru", "en")) {
            browser.go("/admin/enrollments-import.xhtml?offering=" + offering);
            browser.switchLanguage(language);
            assertEquals(
                    Bundle.text(language, "admin.import.choose"),
                    browser.text("#import\\:file .ui-fileupload-choose"),
                    "the button's words come from the bundle");
            browser.driver()
                    .findElement(By.cssSelector("#import\\:file input[type=file]"))
                    .sendKeys(csv.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("import:problems")));
            String again = browser.text("#import\\:problems");
            String line = Bundle.text(
                    language,
                    "admin.import.line",
                    3,
                    Bundle.text(language, "import.row.alreadyEnrolled", Screens.IVAN));
            assertTrue(again.contains(line), again);
            assertFalse(again.contains(Bundle.text(language, "enrollment.already")), again);
            String summary = browser.text("#import\\:messages");
            assertTrue(summary.contains(Bundle.text(language, "admin.import.someFailed", 0, 7)), summary);
        }
        browser.switchLanguage("en");
    }
}
