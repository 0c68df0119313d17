package edu.aum.course.essay;

import static edu.aum.course.essay.EssayScreens.ADMIN;
import static edu.aum.course.essay.EssayScreens.ADMIN_PASSWORD;
import static edu.aum.course.essay.EssayScreens.INSTRUCTOR;
import static edu.aum.course.essay.EssayScreens.INSTRUCTOR_PASSWORD;
import static edu.aum.course.essay.EssayScreens.IVAN;
import static edu.aum.course.essay.EssayScreens.IVAN_PASSWORD;
import static edu.aum.course.essay.EssayScreens.at;
import static edu.aum.course.essay.EssayScreens.editorText;
import static edu.aum.course.essay.EssayScreens.openEssay;
import static edu.aum.course.essay.EssayScreens.paste;
import static edu.aum.course.essay.EssayScreens.signInAs;
import static edu.aum.course.essay.EssayScreens.submit;
import static edu.aum.course.essay.EssayScreens.tickIntegrity;
import static edu.aum.course.essay.EssayScreens.unique;
import static edu.aum.course.essay.EssayScreens.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.control.EssayFiles;
import edu.aum.course.platform.ErrorPagesIT;
import edu.aum.course.platform.text.Sha256;
import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.MailServer;
import edu.aum.course.testsupport.PayaraServer;
import edu.aum.course.testsupport.TeamEditor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * A student writes and submits essays through the screens: on time, late, with an extension, refused
 * after the cut-off and outside the word bounds (the text kept), twice (one version); the receipt on
 * the page and by mail. Staff set the assignments and the extension through their screens.
 */
@ExtendWith(PayaraServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EssayIT {

    private static final Map<String, Long> ASSIGNMENTS = new HashMap<>();
    private static final Map<String, String> TITLES = new HashMap<>();
    private static LocalDateTime closingSoon;
    private static long enrollmentOffering;
    private static String courseCode;
    private static Browser browser;

    @BeforeAll
    static void arrange() {
        browser = Browser.open();
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        courseCode = unique("ES-");
        enrollmentOffering = EssayScreens.createOffering(browser, courseCode);
        TeamEditor.set(browser, enrollmentOffering, "John Miller"); // a new offering's team starts empty
        // its cut-off is after every other test; the last test moves the server's clock just past it
        closingSoon = at(Duration.ofMinutes(10));
        assignment("closingSoon", at(Duration.ofDays(-2)), at(Duration.ofDays(-1)), closingSoon);
        assignment("onTime", at(Duration.ofDays(-1)), at(Duration.ofDays(3)), at(Duration.ofDays(4)));
        assignment("late", at(Duration.ofDays(-3)), at(Duration.ofHours(-1)), at(Duration.ofDays(2)));
        assignment("closed", at(Duration.ofDays(-3)), at(Duration.ofDays(-2)), at(Duration.ofDays(-1)));
        assignment("extended", at(Duration.ofDays(-3)), at(Duration.ofDays(-2)), at(Duration.ofDays(-1)));
        assignment("bounds", at(Duration.ofDays(-1)), at(Duration.ofDays(3)), at(Duration.ofDays(4)));
        assignment("twice", at(Duration.ofDays(-1)), at(Duration.ofDays(3)), at(Duration.ofDays(4)));
        assignment("typed", at(Duration.ofDays(-1)), at(Duration.ofDays(3)), at(Duration.ofDays(4)));
        assignment("upload", at(Duration.ofDays(-1)), at(Duration.ofDays(3)), at(Duration.ofDays(4)));
        assignment("restore", at(Duration.ofDays(-1)), at(Duration.ofDays(3)), at(Duration.ofDays(4)));
        assignment("upcoming", at(Duration.ofDays(2)), at(Duration.ofDays(9)), at(Duration.ofDays(10)));

        signInAs(browser, IVAN, IVAN_PASSWORD);
        EssayScreens.enroll(browser, enrollmentOffering);

        signInAs(browser, INSTRUCTOR, INSTRUCTOR_PASSWORD);
        EssayScreens.giveExtension(
                browser, ASSIGNMENTS.get("extended"), IVAN, at(Duration.ofDays(3)), at(Duration.ofDays(4)));
        assertTrue(browser.text("#extensions\\:table").contains("Иван Смирнов"), browser.text("#extensions\\:table"));

        signInAs(browser, IVAN, IVAN_PASSWORD);
    }

    private static void assignment(String name, LocalDateTime opens, LocalDateTime due, LocalDateTime cutoff) {
        String title = unique("Essay " + name + " ");
        TITLES.put(name, title);
        ASSIGNMENTS.put(
                name, EssayScreens.createAssignment(browser, enrollmentOffering, title, opens, due, cutoff, 5, 40));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            EssayScreens.leavePage(browser);
            browser.close();
        }
    }

    private static String language() {
        return browser.language();
    }

    @Test
    @Order(1)
    void theTimelineShowsEachAssignmentsStage() {
        browser.go("/student/home.xhtml");
        browser.driver()
                .findElement(By.xpath("//tr[.//span[contains(text(),'" + courseCode
                        + "')]]//*[contains(@class,'app-essays')]" + "/descendant-or-self::a"))
                .click();
        browser.find("#timeline");
        assertEquals("/student/essays.xhtml", browser.path());
        assertStage("onTime", "OPEN");
        assertStage("late", "LATE");
        assertStage("closed", "CLOSED");
        assertStage("extended", "OPEN");
        assertStage("upcoming", "UPCOMING");
    }

    private static void assertStage(String name, String stage) {
        String item = browser.text("li[data-assignment='" + ASSIGNMENTS.get(name) + "'] .app-stage");
        assertEquals(Bundle.text(language(), "Stage." + stage), item, name);
    }

    @Test
    @Order(2)
    void aStudentTypesWatchesTheLiveCountTurnFineAndSubmitsOnTimeAndGetsTheReceiptByMail() {
        openEssay(browser, ASSIGNMENTS.get("typed"));
        EssayScreens.awaitEditor(browser);
        var editor = browser.find("#essay\\:editor .ql-editor");
        editor.click();
        editor.sendKeys("Détente was brief.");
        awaitCount(3, "app-words-warn");
        assertEquals(Bundle.text(language(), "essay.write.count", 3, 5, 40), browser.text("#wordCount"));

        editor.sendKeys(" Then came the Cold War—again, and U.S.-Russia talks.");
        awaitCount(12, "app-words-ok");
        tickIntegrity(browser);
        submit(browser);

        assertEquals("/student/receipt.xhtml", browser.path(), browser.driver().getPageSource());
        assertEquals("12", browser.text("#receiptWords"));
        assertEquals(Bundle.text(language(), "student.receipt.onTime"), browser.text("#receiptTiming"));
        assertEquals("1", browser.text("#receiptVersion"));
        String sha256 = browser.text("#receiptSha256");
        assertEquals(
                Sha256.hex("<p>Détente was brief. Then came the Cold War—again, and U.S.-Russia talks.</p>"), sha256);

        var mail = PayaraServer.mail()
                .await(
                        IVAN,
                        m -> MailServer.subject(m)
                                .equals(Bundle.mail("en", "essay.receipt.subject", TITLES.get("typed"))),
                        Duration.ofSeconds(30));
        String body = MailServer.body(mail);
        assertTrue(body.contains(sha256), body);
        assertTrue(body.contains("Words: 12"), body);
        assertTrue(body.contains("Timing: on time"), body);
    }

    private static void awaitCount(int words, String styleClass) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            var box = d.findElement(By.id("wordCount"));
            return String.valueOf(words).equals(box.getAttribute("data-words"))
                    && box.getAttribute("class").contains(styleClass);
        });
    }

    @Test
    @Order(3)
    void betweenDueAndCutoffTheSubmissionIsMarkedLate() {
        openEssay(browser, ASSIGNMENTS.get("late"));
        paste(browser, words(20));
        tickIntegrity(browser);
        submit(browser);

        assertEquals("/student/receipt.xhtml", browser.path());
        assertEquals(Bundle.text(language(), "student.receipt.late"), browser.text("#receiptTiming"));
        assertEquals("20", browser.text("#receiptWords"));
    }

    @Test
    @Order(4)
    void withAnExtensionASubmissionAfterTheAssignmentsCutoffIsOnTime() {
        openEssay(browser, ASSIGNMENTS.get("extended"));
        paste(browser, words(10));
        tickIntegrity(browser);
        submit(browser);

        assertEquals("/student/receipt.xhtml", browser.path());
        assertEquals(Bundle.text(language(), "student.receipt.onTime"), browser.text("#receiptTiming"));
    }

    @Test
    @Order(5)
    void afterTheCutoffThePageTakesNoSubmission() {
        openEssay(browser, ASSIGNMENTS.get("closed"));
        assertEquals(Bundle.text(language(), "essay.closedOrUpcoming"), browser.text("#frozen"));
        assertTrue(browser.driver().findElements(By.id("essay:submit")).isEmpty());
    }

    @Test
    @Order(6)
    void underAndOverTheBoundsIsRefusedWithTheCountAndTheBoundsAndTheTextIsKeptAsTheDraft() {
        openEssay(browser, ASSIGNMENTS.get("bounds"));
        paste(browser, words(3));
        tickIntegrity(browser);
        submit(browser);
        assertEquals("/student/essay.xhtml", browser.path());
        assertTrue(
                browser.text("#essay\\:messages")
                        .contains(Bundle.text(language(), "submission.words.tooFew", 3, 5, 40)),
                browser.text("#essay\\:messages"));
        assertEquals("relations1 relations2 relations3", editorText(browser));

        paste(browser, words(41));
        tickIntegrity(browser);
        submit(browser);
        assertTrue(
                browser.text("#essay\\:messages")
                        .contains(Bundle.text(language(), "submission.words.tooMany", 41, 5, 40)),
                browser.text("#essay\\:messages"));
        ErrorPagesIT.assertNoStackTrace(browser.driver().getPageSource());
        String refusal = Bundle.text(language(), "submission.words.tooMany", 41, 5, 40);
        String page = browser.find("body").getText();
        assertEquals(page.indexOf(refusal), page.lastIndexOf(refusal), "the refusal is shown once: " + page);
        assertFalse(
                browser.driver()
                        .findElement(By.id("upload:messages"))
                        .getAttribute("textContent")
                        .contains(refusal),
                "not again beside the file upload");

        openEssay(browser, ASSIGNMENTS.get("bounds"));
        assertTrue(editorText(browser).startsWith("relations1 relations2"), "the refused text is the saved draft");
        assertTrue(editorText(browser).endsWith("relations41"), editorText(browser));
    }

    @Test
    @Order(11)
    void theLiveCountSaysTheRightPluralInBothLanguages() {
        String first = language();
        for (String language : List.of("ru", "en")) {
            openEssay(browser, ASSIGNMENTS.get("bounds"));
            browser.switchLanguage(language);
            assertEquals(
                    Bundle.text(language, "essay.upload.choose"),
                    browser.text("#upload .ui-fileupload-simple .ui-button-text"),
                    "the file button speaks the page's language, not the browser's");
            for (int n : new int[] {1, 22, 25}) {
                paste(browser, words(n));
                awaitCount(n, n == 1 ? "app-words-warn" : "app-words-ok");
                assertEquals(Bundle.text(language, "essay.write.count", n, 5, 40), browser.text("#wordCount"));
            }
            EssayScreens.leavePage(browser);
        }
        assertEquals("1 word (5–40)", Bundle.text("en", "essay.write.count", 1, 5, 40));
        assertEquals("22 слова (нужно 5–40)", Bundle.text("ru", "essay.write.count", 22, 5, 40));
        openEssay(browser, ASSIGNMENTS.get("bounds"));
        browser.switchLanguage(first);
    }

    @Test
    @Order(7)
    void withoutTheIntegrityStatementNothingIsSubmitted() {
        openEssay(browser, ASSIGNMENTS.get("bounds"));
        paste(browser, words(6));
        submit(browser);
        assertTrue(
                browser.text("#essay\\:messages").contains(Bundle.text(language(), "submission.integrity.required")));
        assertEquals(words(6).replaceAll("<[^>]+>", ""), editorText(browser));
    }

    @Test
    @Order(8)
    void aSecondSubmissionFromAnotherTabGivesOneVersionAndAClearMessage() {
        openEssay(browser, ASSIGNMENTS.get("twice"));
        paste(browser, words(7));
        tickIntegrity(browser);
        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        openEssay(browser, ASSIGNMENTS.get("twice"));
        paste(browser, words(8));
        tickIntegrity(browser);
        String second = browser.driver().getWindowHandle();

        browser.driver().switchTo().window(first);
        submit(browser);
        assertEquals("/student/receipt.xhtml", browser.path());
        browser.driver().switchTo().window(second);
        submit(browser);

        assertEquals("/student/essay.xhtml", browser.path());
        assertTrue(
                browser.text("#essay\\:messages").contains(Bundle.text(language(), "submission.alreadySubmitted")),
                browser.text("#essay\\:messages"));
        EssayScreens.leavePage(browser);
        browser.driver().close();
        browser.driver().switchTo().window(first);
        browser.go("/student/receipt.xhtml?assignment=" + ASSIGNMENTS.get("twice"));
        assertEquals("1", browser.text("#receiptVersion"));
        assertEquals("7", browser.text("#receiptWords"));
    }

    @Test
    @Order(9)
    void eachKindOfFileIsReadShownWithItsCountAndUsedAndBadFilesAreRefused() throws IOException {
        openEssay(browser, ASSIGNMENTS.get("upload"));
        Path folder = Files.createTempDirectory("essay-files");
        refused(
                folder,
                "essay.pdf",
                "this is not a PDF".getBytes(StandardCharsets.UTF_8),
                "essay.upload.mismatch",
                "pdf");
        refused(folder, "essay.doc", new byte[] {1, 2, 3}, "essay.upload.unsupported");
        refused(
                folder,
                "locked.pdf",
                EssayFiles.encryptedPdf("secret words in a locked file"),
                "essay.upload.encrypted");

        use(folder, "essay.docx", EssayFiles.docx("Word paragraph one about détente.", "Second paragraph here."), 8);
        assertEquals("Word paragraph one about détente.\nSecond paragraph here.", editorText(browser));
        use(folder, "essay.odt", EssayFiles.odt("Open document text about arms control treaties."), 7);
        use(folder, "essay.pdf", EssayFiles.pdf("Portable document essay about the Alaska purchase"), 7);
        use(folder, "essay.txt", "Plain text essay on cultural exchanges in 1959.".getBytes(StandardCharsets.UTF_8), 8);
        assertEquals("Plain text essay on cultural exchanges in 1959.", editorText(browser));

        tickIntegrity(browser);
        submit(browser);
        assertEquals("/student/receipt.xhtml", browser.path());
        assertEquals("8", browser.text("#receiptWords"));
        assertEquals("essay.txt", browser.text("#receiptFile"));
    }

    @Test
    @Order(101)
    void aConcurrentEditOfAnAssignmentGetsAClearMessage() {
        signInAs(browser, INSTRUCTOR, INSTRUCTOR_PASSWORD);
        String edit = "/staff/assignment.xhtml?id=" + ASSIGNMENTS.get("upcoming");
        browser.go(edit);
        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.go(edit);
        browser.type("#assignment\\:maxWords", "45");
        browser.clickAndWait("#assignment\\:save");
        assertEquals("/staff/assignments.xhtml", browser.path());
        browser.driver().close();
        browser.driver().switchTo().window(first);

        browser.type("#assignment\\:maxWords", "50");
        browser.clickAndWait("#assignment\\:save");

        assertEquals("/staff/assignment.xhtml", browser.path());
        assertTrue(browser.text("#assignment\\:messages").contains(Bundle.text(language(), "common.concurrentEdit")));
        assertEquals("50", browser.find("#assignment\\:maxWords").getAttribute("value"), "the input is kept");
    }

    @Test
    @Order(102)
    void theDemoOfferingHasFourAssignmentsInEnglishAndRussian() {
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        browser.go("/staff/offerings.xhtml");
        var link = browser.driver()
                .findElement(By.xpath("(//tr[.//span[@class='app-code' and text()='USRR-101']]"
                        + "//*[contains(@class,'app-assignments')]/descendant-or-self::a)[1]")); // the
        // open
        // offering starts last
        link.click();
        browser.awaitReplaced(link);
        String table = browser.text("#assignments\\:table");
        assertTrue(
                table.contains("Arms Control after New START")
                        || table.contains("Контроль над вооружениями после СНВ-3"),
                table);
        assertEquals(
                4,
                browser.driver()
                        .findElements(By.cssSelector("#assignments\\:table .app-assignment-title"))
                        .size());
    }

    private static Path write(Path folder, String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private static void read(Path file) {
        browser.driver().findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());
        browser.clickAndWait("#upload\\:read");
    }

    private static void refused(Path folder, String name, byte[] content, String key, Object... arguments)
            throws IOException {
        read(write(folder, name, content));
        String messages = browser.text("#upload\\:messages");
        assertTrue(messages.contains(Bundle.text(language(), key, arguments)), name + ": " + messages);
        assertTrue(browser.driver().findElements(By.id("uploaded:use")).isEmpty(), name);
    }

    private static void use(Path folder, String name, byte[] content, int words) throws IOException {
        read(write(folder, name, content));
        assertEquals(Bundle.text(language(), "essay.upload.count", words), browser.text("#extractedCount"), name);
        browser.clickAndWait("#uploaded\\:use");
        assertTrue(
                browser.text("#essay\\:messages").contains(Bundle.text(language(), "essay.upload.used", name)), name);
        awaitCount(words, "app-words-ok");
    }

    @Test
    @Order(10)
    void textTypedWhenTheSessionExpiredIsRestoredFromTheBrowserAfterSigningInAgain() {
        openEssay(browser, ASSIGNMENTS.get("restore"));
        EssayScreens.awaitEditor(browser);
        var editor = browser.find("#essay\\:editor .ql-editor");
        editor.click();
        editor.sendKeys("Typed while the session ran out.");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return EssayPage.isDirty();"));

        EssayScreens.leavePage(browser);
        browser.driver().manage().deleteCookieNamed("JSESSIONID"); // the session is gone
        browser.go("/student/essay.xhtml?assignment=" + ASSIGNMENTS.get("restore"));
        assertEquals("/login.xhtml", browser.path());
        browser.type("#login\\:email", IVAN);
        browser.type("input#login\\:password", IVAN_PASSWORD);
        browser.clickAndWait("#login\\:submit");

        assertEquals("/student/essay.xhtml", browser.path());
        assertEquals(Bundle.text(language(), "essay.write.restored"), browser.text("#restored"));
        assertEquals("Typed while the session ran out.", editorText(browser));
        browser.find("#essay\\:save").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                !(Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return EssayPage.isDirty();"));
        openEssay(browser, ASSIGNMENTS.get("restore"));
        assertEquals("Typed while the session ran out.", editorText(browser), "saved on the server now");
    }

    @Test
    @Order(100)
    void justAfterTheCutoffASubmissionIsRefusedAndTheTextKept() {
        openEssay(browser, ASSIGNMENTS.get("closingSoon"));
        assertFalse(
                browser.driver().findElements(By.id("essay:submit")).isEmpty(),
                "the page was opened before the cut-off");
        paste(browser, words(9));
        tickIntegrity(browser);
        Duration toCutoff =
                Duration.between(ZonedDateTime.now(EssayScreens.ZONE).toLocalDateTime(), closingSoon);
        PayaraServer.advanceClock(toCutoff.isNegative() ? Duration.ZERO : toCutoff.plusSeconds(2));
        try {
            submit(browser);

            assertEquals("/student/essay.xhtml", browser.path());
            assertTrue(
                    browser.text("#essay\\:messages").contains(Bundle.text(language(), "submission.closed")),
                    browser.text("#essay\\:messages"));
        } finally {
            PayaraServer.resetClock();
        }
    }
}
