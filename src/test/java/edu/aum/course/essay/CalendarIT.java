package edu.aum.course.essay;

import static edu.aum.course.essay.EssayScreens.ADMIN;
import static edu.aum.course.essay.EssayScreens.ADMIN_PASSWORD;
import static edu.aum.course.essay.EssayScreens.IVAN;
import static edu.aum.course.essay.EssayScreens.IVAN_PASSWORD;
import static edu.aum.course.essay.EssayScreens.ZONE;
import static edu.aum.course.essay.EssayScreens.at;
import static edu.aum.course.essay.EssayScreens.signInAs;
import static edu.aum.course.essay.EssayScreens.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The calendar feed end to end: a student makes the link on their page (English for Ivan, Russian for Anna), the
 * page shows the address once and copies it; the address answers text/calendar with that student's events only (an
 * extension's times for Ivan, the assignment's for Anna), 304 to its ETag; a renewed link's old address and a
 * revoked one answer 404, and a link read over and over 429.
 */
@ExtendWith(PayaraServer.class)
class CalendarIT {

    static final String ANNA = "student@demo.edu";
    static final String ANNA_PASSWORD = "student-demo-1";
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private static Browser browser;
    private static long assignment;
    private static String title;
    private static LocalDateTime due;
    private static LocalDateTime extendedDue;
    private static LocalDateTime extendedCutoff;

    @BeforeAll
    static void arrange() {
        browser = Browser.open();
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        long offering = EssayScreens.createOffering(browser);
        title = unique("Calendar essay ");
        due = at(Duration.ofDays(3));
        assignment = EssayScreens.createAssignment(
                browser, offering, title, at(Duration.ofDays(-1)), due, at(Duration.ofDays(5)), 1, 700);
        for (String[] student : List.of(new String[] {IVAN, IVAN_PASSWORD}, new String[] {ANNA, ANNA_PASSWORD})) {
            signInAs(browser, student[0], student[1]);
            EssayScreens.enroll(browser, offering);
        }
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        extendedDue = at(Duration.ofDays(7));
        extendedCutoff = at(Duration.ofDays(9));
        EssayScreens.giveExtension(browser, assignment, IVAN, extendedDue, extendedCutoff);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void ivanMakesCopiesAndRevokesHisLinkAndItCarriesHisExtension() {
        signInAs(browser, IVAN, IVAN_PASSWORD);
        browser.go("/student/home.xhtml");
        browser.clickAndWait("#toCalendar");
        assertEquals("/student/calendar.xhtml", browser.path());
        assertEquals("en", browser.language());
        String url = create("en");
        browser.find("#copyUrl").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> !d.findElement(By.id("copyStatus")).getText().isBlank());
        String status = browser.text("#copyStatus");
        assertTrue(
                List.of(Bundle.text("en", "student.calendar.copied"), Bundle.text("en", "student.calendar.select"))
                        .contains(status),
                status);

        Http http = new Http();
        HttpResponse<String> feed = http.get(path(url));
        assertEquals(200, feed.statusCode(), feed.body());
        assertEquals(
                "text/calendar;charset=utf-8",
                feed.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .replace(" ", "")
                        .toLowerCase());
        String body = unfold(feed.body());
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), body);
        assertTrue(body.contains("SUMMARY:ES-"), body);
        assertTrue(body.contains(title + " due"), body);
        assertTrue(body.contains("DTSTART:" + utc(extendedDue)), "Ivan's own due time: " + body);
        assertTrue(body.contains("DTEND:" + utc(extendedCutoff)), body);
        assertFalse(body.contains("DTSTART:" + utc(due)), "not the assignment's");
        assertTrue(body.contains("/student/essay.xhtml?assignment=" + assignment), body);
        assertFalse(body.contains("Анна"), "nothing of Anna's");
        assertTrue(
                java.util.regex.Pattern.compile("DESCRIPTION:.*\\bE[SD]T\\b")
                        .matcher(body)
                        .find(),
                "the description tells the times in Ivan's own zone (New York): " + body);
        assertFalse(body.contains("MSK"), body);
        assertTrue(feed.headers().firstValue("Cache-Control").orElse("").contains("private"));
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.get(path(url), "If-None-Match", etag).statusCode(), "unchanged for a poller");

        browser.go("/student/calendar.xhtml");
        assertTrue(browser.driver().findElements(By.id("feedUrl")).isEmpty(), "the address is shown once only");
        browser.find("#activeSince");
        assertFalse(browser.driver().getPageSource().contains(path(url)), "nor anywhere else on the page");

        browser.find("#calendar\\:revoke").click();
        browser.clickAndWait(".ui-confirmdialog-yes");
        assertTrue(browser.text("#calendar\\:messages").contains(Bundle.text("en", "student.calendar.revoked")));
        browser.find("#noLink");
        HttpResponse<String> revoked = http.get(path(url));
        assertEquals(404, revoked.statusCode());
        assertFalse(revoked.body().contains("Иван"), revoked.body());
        assertEquals(404, http.get("/api/calendar/" + "x".repeat(43) + ".ics").statusCode());
    }

    @Test
    void annaSeesHerPageInRussianAndHerFeedHasTheAssignmentsOwnTimes() {
        signInAs(browser, ANNA, ANNA_PASSWORD);
        browser.go("/student/calendar.xhtml");
        if (!"ru".equals(browser.language())) {
            browser.switchLanguage("ru");
        }
        assertTrue(browser.text("#google").contains(Bundle.text("ru", "student.calendar.google.step2")));
        String first = create("ru");
        browser.find("#calendar\\:renew").click();
        browser.clickAndWait(".ui-confirmdialog-yes");
        assertTrue(browser.text("#calendar\\:messages").contains(Bundle.text("ru", "student.calendar.replaced")));
        String url = browser.find("#feedUrl").getAttribute("value");

        Http http = new Http();
        assertEquals(404, http.get(path(first)).statusCode(), "the old address stops working");
        HttpResponse<String> feed = http.get(path(url));
        assertEquals(200, feed.statusCode());
        String body = unfold(feed.body());
        assertTrue(body.contains("срок сдачи «Эссе " + title + "»"), body);
        assertTrue(body.contains("DTSTART:" + utc(due)), body);
        assertFalse(body.contains(utc(extendedDue)), "Ivan's extension is not Anna's");
        assertFalse(body.contains("Иван"), body);

        HttpResponse<String> limited = feed;
        for (int i = 0; i < 12 && limited.statusCode() != 429; i++) {
            limited = http.get(path(url));
        }
        assertEquals(429, limited.statusCode(), "a link read over and over is limited (10 a minute)");
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
    }

    /** Clicks "Create" (or, when a link is left from before, "Make a new link") and answers the address shown. */
    private static String create(String language) {
        if (browser.driver().findElements(By.id("calendar:create")).isEmpty()) {
            browser.find("#calendar\\:renew").click();
            browser.clickAndWait(".ui-confirmdialog-yes");
        } else {
            browser.find("#noLink");
            browser.clickAndWait("#calendar\\:create");
            assertTrue(
                    browser.text("#calendar\\:messages").contains(Bundle.text(language, "student.calendar.created")));
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("feedUrl")));
        String url = browser.find("#feedUrl").getAttribute("value");
        assertTrue(url.matches("https?://.+/api/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
        return url;
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    private static String utc(LocalDateTime local) {
        return UTC.format(local.atZone(ZONE).toInstant());
    }

    private static String unfold(String body) {
        return body.replace("\r\n ", "");
    }
}
