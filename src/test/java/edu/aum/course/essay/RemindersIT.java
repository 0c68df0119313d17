package edu.aum.course.essay;

import static edu.aum.course.essay.EssayScreens.ADMIN;
import static edu.aum.course.essay.EssayScreens.ADMIN_PASSWORD;
import static edu.aum.course.essay.EssayScreens.IVAN;
import static edu.aum.course.essay.EssayScreens.IVAN_PASSWORD;
import static edu.aum.course.essay.EssayScreens.at;
import static edu.aum.course.essay.EssayScreens.signInAs;
import static edu.aum.course.essay.EssayScreens.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.i18n.Language;
import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.MailServer;
import edu.aum.course.testsupport.PayaraServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Reminders before due dates through the screens: an admin sets the offering's reminder hours (English and
 * Russian, a wrong entry refused with a message), a student turns reminders off under "My account" (Russian)
 * and another keeps them on (English); with the server's clock moved into the reminder's window the student who
 * wants reminders gets the mail through the outbox and the SMTP server, the other none; an extension is mailed.
 */
@ExtendWith(PayaraServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemindersIT {

    static final String ANNA = "student@demo.edu";
    static final String ANNA_PASSWORD = "student-demo-1";

    private static Browser browser;
    private static long offering;
    private static long assignment;
    private static String title;
    private static java.time.LocalDateTime due;

    @BeforeAll
    static void arrange() {
        browser = Browser.open();
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        offering = EssayScreens.createOffering(browser);
        title = unique("Reminded essay ");
        // due in four days: the 72-hour reminder set below is due in one day (the test moves the clock there)
        assignment = EssayScreens.createAssignment(
                browser,
                offering,
                title,
                at(Duration.ofDays(-1)),
                due = at(Duration.ofDays(4)),
                at(Duration.ofDays(5)),
                5,
                40);
        signInAs(browser, ANNA, ANNA_PASSWORD);
        EssayScreens.enroll(browser, offering);
        signInAs(browser, IVAN, IVAN_PASSWORD);
        EssayScreens.enroll(browser, offering);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void anAdminSetsTheOfferingsReminderHoursInEitherLanguage() {
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        browser.go("/admin/offering.xhtml?id=" + offering);
        browser.switchLanguage("en");
        assertEquals("48, 2", browser.find("#reminders\\:reminderHours").getAttribute("value"), "the default");
        assertTrue(browser.text("#remindersTitle").contains(Bundle.text("en", "admin.offering.reminders.title")));

        browser.type("#reminders\\:reminderHours", "72, soon");
        browser.find("#reminders\\:saveReminders").click();
        awaitText("#reminders\\:reminderMessages", Bundle.text("en", "offering.reminders.invalid", 720, 5));

        browser.switchLanguage("ru");
        try {
            browser.type("#reminders\\:reminderHours", "0");
            browser.find("#reminders\\:saveReminders").click();
            awaitText("#reminders\\:reminderMessages", Bundle.text("ru", "offering.reminders.invalid", 720, 5));
            browser.type("#reminders\\:reminderHours", "2 72");
            browser.find("#reminders\\:saveReminders").click();
            awaitText("#reminders\\:reminderMessages", Bundle.text("ru", "admin.offering.reminders.saved"));
            browser.go("/admin/offering.xhtml?id=" + offering);
            assertEquals("72, 2", browser.find("#reminders\\:reminderHours").getAttribute("value"));
        } finally {
            browser.switchLanguage("en"); // the admin's language is the account's; other tests expect English
        }
    }

    @Test
    @Order(2)
    void aStudentTurnsRemindersOffUnderMyAccountAnotherHasThemOn() {
        signInAs(browser, IVAN, IVAN_PASSWORD);
        browser.switchLanguage("en");
        browser.go("/account/profile.xhtml");
        assertTrue(browser.text("#profile\\:remindersCard")
                .contains(Bundle.text("en", "account.profile.reminders.wanted")));
        assertTrue(wanted(), "on by default");

        signInAs(browser, ANNA, ANNA_PASSWORD);
        browser.switchLanguage("ru");
        browser.go("/account/profile.xhtml");
        assertTrue(browser.text("#profile\\:remindersCard")
                .contains(Bundle.text("ru", "account.profile.reminders.wanted")));
        assertTrue(wanted());
        browser.find("#profile\\:remindersWanted .ui-chkbox-box").click();
        browser.clickAndWait("#profile\\:saveReminders");
        assertTrue(browser.text("#profile\\:messages").contains(Bundle.text("ru", "account.profile.reminders.off")));
        browser.go("/account/profile.xhtml");
        assertTrue(!wanted(), "kept off");
    }

    @Test
    @Order(3)
    void theReminderArrivesByMailAtItsTimeOnlyForTheStudentWhoWantsIt() {
        PayaraServer.advanceClock(Duration.ofDays(1).plusMinutes(2)); // into the 72-hour window

        MimeMessage reminder =
                PayaraServer.mail().await(IVAN, m -> MailServer.subject(m).contains(title), Duration.ofSeconds(75));
        assertEquals(
                Bundle.mail("en", "essay.reminder.subject", title, "", 72, "", "", ""), MailServer.subject(reminder));
        String body = MailServer.body(reminder);
        assertTrue(body.contains("/student/essay.xhtml?assignment=" + assignment), body);
        // in Ivan's own time zone (the demo puts him in New York), not the course's
        Instant dueAt = due.atZone(EssayScreens.ZONE).toInstant();
        ZoneId newYork = ZoneId.of("America/New_York");
        String inNewYork = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(Language.EN.locale())
                        .withZone(newYork)
                        .format(dueAt)
                + " " + DateTimeFormatter.ofPattern("zzz", Language.EN.locale()).format(dueAt.atZone(newYork));
        assertTrue(body.contains(inNewYork), inNewYork + " in " + body);
        assertFalse(body.contains("MSK"), body);
        // queued in the same run as his (hers first, by enrollment) and sent in order: none came, none will
        assertTrue(
                PayaraServer.mail().messagesTo(ANNA).stream()
                        .noneMatch(m -> MailServer.subject(m).contains(title)),
                "Anna turned reminders off");

        signInAs(browser, ANNA, ANNA_PASSWORD);
        browser.go("/account/profile.xhtml");
        browser.find("#profile\\:remindersWanted .ui-chkbox-box").click();
        browser.clickAndWait("#profile\\:saveReminders");
        assertTrue(browser.text("#profile\\:messages").contains(Bundle.text("ru", "account.profile.reminders.on")));
    }

    @Test
    @Order(4)
    void anExtensionIsMailedToTheStudent() {
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        EssayScreens.giveExtension(browser, assignment, IVAN, at(Duration.ofDays(8)), at(Duration.ofDays(9)));
        MimeMessage mail = PayaraServer.mail()
                .await(
                        IVAN,
                        m -> MailServer.subject(m)
                                .equals(Bundle.mail("en", "essay.extension.subject", title, "", "", "", "", 0)),
                        Duration.ofSeconds(30));
        assertTrue(MailServer.body(mail).contains("/student/essay.xhtml?assignment=" + assignment));
    }

    private static boolean wanted() {
        // the checkbox's input is hidden behind PrimeFaces' box: read, not waited for as visible
        return browser.driver()
                .findElement(By.cssSelector("#profile\\:remindersWanted_input"))
                .isSelected();
    }

    /** Polls the ajax-updated element, which the update replaces (a stale element is read again). */
    private static void awaitText(String selector, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(selector)).getText().contains(text));
    }
}
