package edu.aum.course.account;

import static edu.aum.course.account.AccountFlows.PASSWORD;
import static edu.aum.course.account.AccountFlows.awaitMails;
import static edu.aum.course.account.AccountFlows.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.PayaraServer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Time zones per account: asked at registration (first guessed from the browser), changed under "My account", and
 * every time on the pages in the reader's zone with its abbreviation; editors of deadlines see the course's time
 * beside their own.
 */
@ExtendWith(PayaraServer.class)
class TimeZonesIT {

    private static final Pattern E_T = Pattern.compile("\\bE[SD]T\\b");

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @AfterEach
    void forget() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void aStudentRegistersInTheBrowsersZoneReadsTimesInItAndChangesIt() {
        browser.emulateTimeZone("America/Los_Angeles");
        browser.go("/login.xhtml");
        browser.switchLanguage("en");
        browser.go("/register.xhtml");
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> "America/Los_Angeles"
                        .equals(d.findElement(By.id("register:timeZone_input")).getAttribute("value")));
        assertTrue(
                browser.text("#register\\:timeZone_label").startsWith("America/Los Angeles"),
                "the browser's zone is filled in: " + browser.text("#register\\:timeZone_label"));
        browser.checkAccessibility("registration with its time zone");

        String email = AccountFlows.uniqueEmail("zone");
        AccountFlows.register(browser, "Zoe Pacific", email, PASSWORD);
        browser.driver()
                .get(link(awaitMails(email, "account.confirm.subject", 1).get(0)));
        browser.signIn(email, PASSWORD);
        browser.go("/account/profile.xhtml");
        String now = browser.text("#zoneNow");
        assertTrue(now.contains("America/Los Angeles · Pacific Time (P"), now);
        assertTrue(now.matches("(?s).*\\bP[SD]T\\.$"), "the time now, with its abbreviation: " + now);

        browser.switchLanguage("ru");
        browser.go("/account/profile.xhtml");
        assertTrue(browser.text("#zoneNow").contains("Тихоокеанское время"), browser.text("#zoneNow"));
        browser.choose("#profile\\:timeZone", "America/New York · Восточная Америка");
        browser.clickAndWait("#profile\\:saveTimeZone");
        assertTrue(
                browser.text("#profile\\:messages")
                        .contains(Bundle.text(
                                "ru",
                                "account.profile.timeZone.saved",
                                "America/New York · Восточная Америка (" + abbreviation("America/New_York") + ")")),
                browser.text("#profile\\:messages"));
        assertTrue(E_T.matcher(browser.text("#zoneNow")).find(), browser.text("#zoneNow"));
        assertEquals(
                "America/New_York", browser.find("#profile\\:timeZone_input").getAttribute("value"));
    }

    private static String abbreviation(String zone) {
        return DateTimeFormatter.ofPattern("zzz", java.util.Locale.ENGLISH)
                .format(Instant.now().atZone(ZoneId.of(zone)));
    }

    @Test
    void theDemoStudentInNewYorkReadsHisDueTimesThereAndAnEditorSeesTheCoursesTimeBesideHers() {
        browser.go("/login.xhtml");
        browser.switchLanguage("en");
        browser.signIn("student2@demo.edu", "student-demo-2");
        assertTrue(browser.text("#accountZone").startsWith("America/New York"), browser.text("#accountZone"));
        String home = browser.driver().getPageSource();
        Matcher enrollment =
                Pattern.compile("essays\\.xhtml\\?enrollment=(\\d+)").matcher(home);
        assertTrue(enrollment.find(), "Ivan's enrollment on his home page");
        browser.go("/student/essays.xhtml?enrollment=" + enrollment.group(1));
        String timeline = browser.text("#timeline");
        assertTrue(E_T.matcher(timeline).find(), "New York time: " + timeline);
        assertFalse(timeline.contains("MSK"), timeline);
        browser.signOut();

        browser.signIn("instructor@demo.edu", "instructor-demo-1");
        try {
            browser.go("/account/profile.xhtml");
            browser.choose("#profile\\:timeZone", "America/New York · Eastern Time");
            browser.clickAndWait("#profile\\:saveTimeZone");

            browser.go("/staff/offerings.xhtml");
            Matcher offering = Pattern.compile("assignments\\.xhtml\\?offering=(\\d+)")
                    .matcher(browser.driver().getPageSource());
            assertTrue(offering.find());
            browser.go("/staff/assignments.xhtml?offering=" + offering.group(1));
            String hint = browser.text("#zoneHint");
            assertTrue(hint.contains("America/New York") && hint.contains("Europe/Moscow"), hint);
            String table = browser.text("#assignments\\:table");
            assertTrue(E_T.matcher(table).find() && table.contains("MSK"), "both zones: " + table);
            browser.checkAccessibility("assignments in two zones");

            Matcher edit = Pattern.compile("assignment\\.xhtml\\?id=(\\d+)")
                    .matcher(browser.driver().getPageSource());
            assertTrue(edit.find());
            browser.go("/staff/assignment.xhtml?id=" + edit.group(1));
            String entered = browser.find("#assignment\\:dueAt_input").getAttribute("value");
            Instant due = LocalDateTime.parse(entered, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                    .atZone(ZoneId.of("America/New_York"))
                    .toInstant();
            String inMoscow = DateTimeFormatter.ofLocalizedDateTime(
                            java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                    .withLocale(edu.aum.course.platform.i18n.Language.EN.locale())
                    .format(due.atZone(ZoneId.of("Europe/Moscow")));
            String courseTime = browser.text("#assignment\\:dueAtCourse");
            assertTrue(
                    courseTime.contains(inMoscow + " MSK"),
                    entered + " in New York is " + inMoscow + " MSK: " + courseTime);
        } finally {
            browser.go("/account/profile.xhtml");
            ((JavascriptExecutor) browser.driver()).executeScript("PF('profileZone').selectValue('')");
            browser.clickAndWait("#profile\\:saveTimeZone");
        }
        assertTrue(browser.text("#zoneNow").contains("MSK"), "back in the course's time");
    }
}
