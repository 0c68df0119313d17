package edu.aum.course.grading;

import static edu.aum.course.grading.GradingScreens.ADMIN;
import static edu.aum.course.grading.GradingScreens.ADMIN_PASSWORD;
import static edu.aum.course.grading.GradingScreens.INSTRUCTOR;
import static edu.aum.course.grading.GradingScreens.INSTRUCTOR2;
import static edu.aum.course.grading.GradingScreens.INSTRUCTOR2_PASSWORD;
import static edu.aum.course.grading.GradingScreens.INSTRUCTOR_PASSWORD;
import static edu.aum.course.grading.GradingScreens.reviewIn;
import static edu.aum.course.grading.GradingScreens.signInAs;
import static edu.aum.course.grading.GradingScreens.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.grading.GradingScreens.Page;
import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.MailServer;
import edu.aum.course.testsupport.PayaraServer;
import edu.aum.course.testsupport.TeamEditor;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The grading workflow on a real server: an offering with the standard rubric, one assignment marked
 * openly and one blind; three demo students submit. Two instructors claim at once (one wins), a stale save
 * is refused, a revision is asked for and answered with a second version, an instructor marks in the
 * browser and releases, the student sees exactly that, and a whole assignment is released at once.
 */
@ExtendWith(PayaraServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GradingIT {

    private static final String IVAN = "student2@demo.edu";
    private static final String EMILY = "student3@demo.edu";
    private static final String OLGA = "student4@demo.edu";
    private static final String IVAN_TEXT = "<p>The Camp David declaration of 1992 promised partnership, but NATO "
            + "enlargement and the Kosovo war turned hope into suspicion within a decade.</p>";
    private static final String EMILY_TEXT = "<p>The Camp David declaration of 1992 promised partnership, but NATO "
            + "enlargement and the war in Kosovo slowly turned the hope into rivalry.</p>";
    private static final String ARMS_TEXT = "<p>New START limited deployed warheads to 1,550 and gave both sides "
            + "inspections; without it predictability suffers.</p>";
    private static final String ARMS_TEXT_2 = "<p>Arms control survives when both sides need predictability more "
            + "than advantage, as in the 1960s after Cuba.</p>";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    /** The blind assignment's mark-by date: an hour after its essays are due. */
    private static final java.time.LocalDateTime MARK_BY =
            GradingScreens.at(Duration.ofDays(3).plusHours(1));

    private static String openTitle;
    private static String blindTitle;
    private static long offering;
    private static long openAssignment;
    private static long blindAssignment;
    private static long ivanReview;
    private static String winner;
    private static String winnerPassword;

    @BeforeAll
    static void arrange() {
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        offering = GradingScreens.createOffering(browser, GradingScreens.unique("GR-"));
        TeamEditor.set(browser, offering, "John Miller", "Елена Морозова"); // a new offering's team starts empty
        openTitle = GradingScreens.unique("Open marking ");
        blindTitle = GradingScreens.unique("Blind marking ");
        openAssignment = GradingScreens.createAssignment(browser, offering, openTitle);
        blindAssignment = GradingScreens.createAssignment(browser, offering, blindTitle);

        browser.go("/staff/rubric.xhtml?offering=" + offering); // starts as the standard rubric: 4 criteria, 40 points
        browser.clickAndWait("#rubric\\:save");
        assertEquals("/staff/grading.xhtml", browser.path());
        browser.find("#setup\\:rubrics .app-rubric-name");
        WebElement settings = browser.driver()
                .findElement(By.xpath(
                        "//tr[.//span[text()='" + blindTitle + "']]" + "//button[contains(@class,'app-settings')]"));
        settings.click();
        browser.find("#settingsForm\\:blind .ui-chkbox-box").click();
        // a mark-by date before the essays are due is refused in the dialog, with what was typed kept
        browser.type(
                "#settingsForm\\:markBy_input", GradingScreens.MINUTES.format(GradingScreens.at(Duration.ofDays(1))));
        browser.find("#settingsForm\\:saveSettings").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the dialog's form is replaced
                .until(d -> d.findElement(By.id("settingsForm:messages"))
                        .getText()
                        .contains(Bundle.text(browser.language(), "grading.markBy.beforeDue")));
        // as a person corrects it: select what is there and type over it (a date picker keeps its date on clear())
        browser.find("#settingsForm\\:markBy_input")
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), GradingScreens.MINUTES.format(MARK_BY));
        browser.find("#settingsForm\\:saveSettings").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.xpath("//tr[.//span[text()='" + blindTitle
                                + "']]//span[contains(@class,'app-blind-setting')]"))
                        .getText()
                        .equals(Bundle.text(browser.language(), "common.yes")));

        student(IVAN, "student-demo-2", Map.of(openAssignment, IVAN_TEXT));
        student(EMILY, "student-demo-3", Map.of(openAssignment, EMILY_TEXT, blindAssignment, ARMS_TEXT));
        student(OLGA, "student-demo-4", Map.of(blindAssignment, ARMS_TEXT_2));
    }

    private static void student(String email, String password, Map<Long, String> essays) {
        signInAs(browser, email, password);
        GradingScreens.enroll(browser, offering);
        essays.forEach((assignment, html) -> GradingScreens.submitEssay(browser, assignment, html));
    }

    private static String queue(Http http) {
        return http.get("/staff/queue.xhtml?offering=" + offering).body(); // the shared server has more
    }

    @Test
    @Order(0)
    void theInstructorsHomeShowsWhatWaitsAndTheMarkByDateWithItsOpenEssays() {
        signInAs(browser, INSTRUCTOR, INSTRUCTOR_PASSWORD);
        for (String language : List.of("en", "ru")) {
            browser.go("/instructor/home.xhtml");
            browser.switchLanguage(language);
            String card = browser.text("#waitingCard");
            assertTrue(card.contains(Bundle.text(language, "instructor.home.waiting.title")), card);
            assertTrue(browser.text("#waitingCount").matches(".*\\d+.*"), browser.text("#waitingCount"));
            String item = browser.driver()
                    .findElement(By.xpath("//li[contains(@class,'app-mark-by-date')][contains(., '"
                            + (language.equals("en") ? blindTitle : "Эссе " + blindTitle) + "')]"))
                    .getText();
            assertTrue(
                    item.contains(language.equals("en") ? "2 essays still open" : "2 эссе не проверены"),
                    "Emily's and Olga's essays are open: " + item);
        }
        browser.switchLanguage("en");
        browser.go("/staff/grading.xhtml?offering=" + offering);
        String column = browser.driver()
                .findElement(
                        By.xpath("//tr[.//span[text()='" + blindTitle + "']]//span[contains(@class,'app-mark-by')]"))
                .getText();
        assertTrue(
                column.contains(String.valueOf(MARK_BY.getYear()))
                        && column.contains(" " + MARK_BY.getDayOfMonth() + ",")
                        && column.contains(String.format(":%02d", MARK_BY.getMinute())),
                "the saved date in the assignment's row: " + column);
    }

    @Test
    @Order(1)
    void blindMarkingHidesTheStudentInTheQueueAndOnTheMarkingPageUntilAnAdminRevealsIt() {
        Http instructor = signedIn(INSTRUCTOR, INSTRUCTOR_PASSWORD);
        String queue = queue(instructor);
        assertTrue(queue.contains("Emily Carter"), "her openly marked essay shows her name");
        for (String row : GradingScreens.queueRows(queue)) {
            if (row.contains(blindTitle)) {
                assertFalse(
                        row.contains("Emily Carter")
                                || row.contains("Ольга Соколова")
                                || row.contains("Grading Test University"),
                        row);
                assertTrue(row.contains(Bundle.text("en", "grading.blind")), row);
            }
        }
        long blind = reviewIn(queue, blindTitle);
        String page = instructor.get("/staff/mark.xhtml?review=" + blind).body();
        assertFalse(page.contains("Emily Carter")
                || page.contains("Ольга Соколова")
                || page.contains("Grading Test University"));
        assertTrue(page.contains(Bundle.text("en", "grading.blind")));
        assertFalse(page.contains("mark:reveal"), "only administrators can reveal");

        Page admin = Page.open(signedIn(ADMIN, ADMIN_PASSWORD), "/staff/mark.xhtml?review=" + blind);
        String revealed = admin.ajax("mark", "mark:reveal", Map.of());
        assertTrue(revealed.contains("Emily Carter") || revealed.contains("Ольга Соколова"), revealed);
    }

    @Test
    @Order(2)
    void twoInstructorsClaimTheSameEssayAtOnceAndExactlyOneGetsIt() throws Exception {
        ivanReview = reviewIn(queue(signedIn(INSTRUCTOR, INSTRUCTOR_PASSWORD)), "Иван Смирнов", openTitle);
        Page first = Page.open(signedIn(INSTRUCTOR, INSTRUCTOR_PASSWORD), "/staff/mark.xhtml?review=" + ivanReview);
        Page second = Page.open(signedIn(INSTRUCTOR2, INSTRUCTOR2_PASSWORD), "/staff/mark.xhtml?review=" + ivanReview);
        assertTrue(first.html().contains("mark:claim") && second.html().contains("mark:claim"));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> one = pool.submit(() -> {
                start.await();
                return first.ajax("mark", "mark:claim", Map.of());
            });
            Future<String> two = pool.submit(() -> {
                start.await();
                return second.ajax("mark", "mark:claim", Map.of());
            });
            start.countDown();
            String a = one.get();
            String b = two.get();
            String code = code(first.html());
            boolean firstWon = a.contains(Bundle.text("en", "grading.claimed", code));
            boolean secondWon = b.contains(Bundle.text("ru", "grading.claimed", code));
            assertTrue(firstWon ^ secondWon, "exactly one claim wins:\n" + a + "\n---\n" + b);
            winner = firstWon ? INSTRUCTOR : INSTRUCTOR2;
            winnerPassword = firstWon ? INSTRUCTOR_PASSWORD : INSTRUCTOR2_PASSWORD;
            String loserAnswer = firstWon ? b : a;
            String taken = firstWon
                    ? Bundle.text("ru", "grading.claim.taken", "John Miller")
                    : Bundle.text("en", "grading.claim.taken", "Елена Морозова");
            // the loser is told who won (known issue: its ajax answer sometimes comes back without the form; then a
            // reload shows it)
            assertTrue(loserAnswer.contains(taken) || !loserAnswer.contains("mark:messages"), loserAnswer);
            String loserPage = (firstWon
                            ? signedIn(INSTRUCTOR2, INSTRUCTOR2_PASSWORD)
                            : signedIn(INSTRUCTOR, INSTRUCTOR_PASSWORD))
                    .get("/staff/mark.xhtml?review=" + ivanReview)
                    .body();
            assertTrue(loserPage.contains(firstWon ? "John Miller" : "Елена Морозова"), "the winner is the marker");
            assertFalse(loserPage.contains("mark:claim"), "nothing left to claim");
        } finally {
            pool.shutdownNow();
        }
        String state = signedIn(ADMIN, ADMIN_PASSWORD)
                .get("/staff/mark.xhtml?review=" + ivanReview)
                .body();
        assertTrue(state.contains(Bundle.text("en", "SubmissionStatus.IN_MARKING")), "claiming moved it into marking");
    }

    private static String code(String markPage) {
        var matcher = java.util.regex.Pattern.compile("id=\"mark:code\"[^>]*>|id=\"code\"[^>]*>(E-[0-9A-Z]+)<")
                .matcher(markPage);
        var plain = java.util.regex.Pattern.compile(">(E-[0-9A-Z]+)<").matcher(markPage);
        assertTrue(plain.find(), "a submission code on the page");
        return matcher.find() && matcher.group(1) != null ? matcher.group(1) : plain.group(1);
    }

    @Test
    @Order(3)
    void aSaveOnTopOfAnotherSaveOfTheSameEssayIsRefusedNotApplied() {
        Page tab1 = Page.open(signedIn(winner, winnerPassword), "/staff/mark.xhtml?review=" + ivanReview);
        Page tab2 = Page.open(signedIn(winner, winnerPassword), "/staff/mark.xhtml?review=" + ivanReview);
        String language = winner.equals(INSTRUCTOR) ? "en" : "ru";

        String saved = tab1.ajax("mark", "mark:save", Map.of("mark:feedback_input", "<p>First tab's feedback.</p>"));
        assertTrue(saved.contains(Bundle.text(language, "grading.saved")), saved);
        String stale = tab2.ajax("mark", "mark:save", Map.of("mark:feedback_input", "<p>Second tab's feedback.</p>"));
        assertTrue(stale.contains(Bundle.text(language, "common.concurrentEdit")), stale);

        String now = signedIn(winner, winnerPassword)
                .get("/staff/mark.xhtml?review=" + ivanReview)
                .body();
        assertTrue(
                now.contains("First tab&#39;s feedback") || now.contains("First tab's feedback"),
                "the first save stays");
        assertFalse(now.contains("Second tab"), "the stale save was not applied");
    }

    @Test
    @Order(4)
    void aRevisionRequestReachesTheStudentWhoResubmitsAndTheFirstVersionStaysInTheHistory() {
        String language = winner.equals(INSTRUCTOR) ? "en" : "ru";
        String note = "Name the sources of the Camp David declaration and add a counter-argument.";
        signInAs(browser, winner, winnerPassword);
        browser.go("/staff/mark.xhtml?review=" + ivanReview); // given back, then claimed again from the queue
        browser.find("#mark\\:unclaim").click();
        browser.find("#mark\\:claim");
        browser.go("/staff/queue.xhtml?offering=" + offering);
        browser.clickAndWait("tr:has(a[href*='review=" + ivanReview + "']) button.app-claim");
        assertEquals("/staff/mark.xhtml", browser.path());
        String code = browser.text("#code");
        assertTrue(browser.text("#mark\\:messages").contains(Bundle.text(language, "grading.claimed", code)));
        assertEquals(
                "",
                browser.driver()
                        .findElement(By.id("revision:messages"))
                        .getAttribute("textContent")
                        .strip(),
                "the hidden dialog holds no copy of the page's message");

        browser.find("#mark\\:askRevision").click();
        until(ExpectedConditions.visibilityOfElementLocated(By.id("revision:note")));
        assertEquals(
                "",
                browser.driver().findElement(By.id("revision:messages")).getText(),
                "no stale 'You are marking' in the dialog");
        assertFalse(
                browser.find("#mark\\:messages")
                        .getAttribute("textContent")
                        .contains(Bundle.text(language, "grading.saved")),
                "asking for a revision does not first say the marking is saved");
        browser.type("#revision\\:note", note);
        browser.find("#revision\\:send").click();
        until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("mark:messages"), Bundle.text(language, "grading.revisionRequested")));
        String told = browser.text("#mark\\:messages");
        assertFalse(told.contains(Bundle.text(language, "grading.saved")), told);
        assertFalse(told.contains(Bundle.text(language, "grading.claimed", code)), told);
        until(ExpectedConditions.invisibilityOfElementLocated(By.id("revision:note")));

        var mail = PayaraServer.mail()
                .await(
                        IVAN,
                        m -> MailServer.subject(m).equals(Bundle.mail("en", "grading.revision.subject", openTitle)),
                        Duration.ofSeconds(30));
        assertTrue(MailServer.body(mail).contains(note), MailServer.body(mail));

        signInAs(browser, IVAN, "student-demo-2");
        browser.go("/student/essay.xhtml?assignment=" + openAssignment);
        assertEquals(note, browser.text("#revisionRequested"));
        GradingScreens.submitEssay(
                browser,
                openAssignment,
                "<p>According to the joint declaration signed at Camp David "
                        + "in February 1992, partnership was the aim; critics answer that enlargement was defensive.</p>");
        assertEquals("2", browser.text("#receiptVersion"));

        Http instructor = signedIn(INSTRUCTOR, INSTRUCTOR_PASSWORD);
        long second = reviewIn(queue(instructor), "Иван Смирнов", openTitle);
        assertTrue(second != ivanReview, "the new version is a new review");
        String page = instructor.get("/staff/mark.xhtml?review=" + second).body();
        assertTrue(page.contains(note), "the first version's marking stays in the history");
        assertTrue(page.contains(Bundle.text("en", "SubmissionStatus.SUBMITTED")));
        ivanReview = second;
    }

    @Test
    @Order(5)
    void anInstructorMarksWithTheRubricInTheBrowserReleasesAndTheStudentSeesExactlyThat() {
        signInAs(browser, INSTRUCTOR, INSTRUCTOR_PASSWORD);
        browser.go("/staff/mark.xhtml?review=" + ivanReview);
        browser.find("#mark\\:claim").click();
        waitFor(d -> !d.findElements(By.cssSelector(".app-levels")).isEmpty()
                && d.findElements(By.id("mark:claim")).isEmpty()
                && !d.findElements(By.cssSelector("#mark\\:feedback .ql-editor"))
                        .isEmpty());
        List<WebElement> groups = browser.driver().findElements(By.cssSelector(".app-levels"));
        assertEquals(4, groups.size(), "argument, evidence, structure, language");
        for (int i = 0; i < groups.size(); i++) {
            int index = i;
            browser.driver()
                    .findElements(By.cssSelector(".app-levels"))
                    .get(index)
                    .findElements(By.cssSelector(".ui-radiobutton-box"))
                    .get(index == 3 ? 1 : 0)
                    .click();
            waitFor(d -> d.findElements(By.cssSelector(".app-levels"))
                            .get(index)
                            .findElements(By.cssSelector(".ui-radiobutton-box.ui-state-active"))
                            .size()
                    == 1);
        }
        waitFor(d -> d.findElement(By.id("mark:total"))
                .getText()
                .equals(Bundle.text("en", "grading.mark.total", "37", "40", "20")));
        WebElement feedback = browser.find("#mark\\:feedback .ql-editor");
        feedback.click();
        feedback.sendKeys("Clear argument; cite the declaration's text next time.");
        browser.find("#mark\\:ready").click();
        until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("mark:messages"),
                Bundle.text("en", "grading.ready", "37", Bundle.text("en", "SubmissionResult.PASS"))));

        signInAs(browser, IVAN, "student-demo-2");
        browser.go("/student/essay.xhtml?assignment=" + openAssignment);
        browser.find("#stage");
        assertTrue(browser.driver().findElements(By.id("resultCard")).isEmpty(), "nothing is shown before release");
        assertFalse(browser.driver().getPageSource().contains("cite the declaration"));
        // what the student writes to: the rubric and the pass mark, until the result is released
        assertEquals(Bundle.text("en", "grading.student.passMarkOf", "20", "40"), browser.text("#passMark"));
        String criteria = browser.text("#criteria");
        assertTrue(
                criteria.contains("Argument")
                        && criteria.contains("Language")
                        && criteria.contains(Bundle.text("en", "grading.student.levelPoints", "Excellent", "10")),
                criteria);
        browser.switchLanguage("ru"); // the same in Russian, then back: the release mail below is in English
        assertEquals(Bundle.text("ru", "grading.student.passMarkOf", "20", "40"), browser.text("#passMark"));
        assertTrue(
                browser.text("#criteria").contains(Bundle.text("ru", "grading.student.levelPoints", "Отлично", "10")));
        browser.switchLanguage("en");

        signInAs(browser, INSTRUCTOR, INSTRUCTOR_PASSWORD);
        browser.go("/staff/mark.xhtml?review=" + ivanReview);
        browser.find("#mark\\:release").click();
        until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("mark:messages"), Bundle.text("en", "grading.released")));

        signInAs(browser, IVAN, "student-demo-2");
        browser.go("/student/essay.xhtml?assignment=" + openAssignment);
        assertEquals(Bundle.text("en", "SubmissionResult.PASS"), browser.text("#result"));
        assertEquals(Bundle.text("en", "grading.student.score", "37", "40"), browser.text("#score"));
        assertTrue(browser.driver().findElements(By.id("schemeCard")).isEmpty(), "the levels reached replace it");
        String levels = browser.text("#levels");
        assertTrue(levels.contains("Argument") && levels.contains("Excellent") && levels.contains("Good"), levels);
        assertTrue(browser.text("#feedback").contains("cite the declaration's text next time"));
        var mail = PayaraServer.mail()
                .await(
                        IVAN,
                        m -> MailServer.subject(m).equals(Bundle.mail("en", "grading.released.subject", openTitle)),
                        Duration.ofSeconds(30));
        assertTrue(MailServer.body(mail).contains("Score: 37 of 40"), MailServer.body(mail));
    }

    @Test
    @Order(6)
    void allReadyEssaysOfAnAssignmentAreReleasedAtOnceAndNamesShowAfterRelease() {
        Http instructor2 = signedIn(INSTRUCTOR2, INSTRUCTOR2_PASSWORD);
        String queue = queue(instructor2);
        List<Long> blind = new java.util.ArrayList<>();
        for (String row : GradingScreens.queueRows(queue)) {
            var review = java.util.regex.Pattern.compile("review=(\\d+)").matcher(row);
            if (row.contains(blindTitle) && review.find()) {
                blind.add(Long.parseLong(review.group(1)));
            }
        }
        assertEquals(2, blind.size(), "Emily's and Olga's blind essays");
        for (long review : blind) {
            Page page = Page.open(instructor2, "/staff/mark.xhtml?review=" + review);
            assertTrue(page.ajax("mark", "mark:claim", Map.of()).contains(Bundle.text("ru", "grading.queue.unclaim")));
            Page claimed = Page.open(instructor2, "/staff/mark.xhtml?review=" + review);
            Map<String, String> fields = new HashMap<>(claimed.topLevels());
            assertEquals(4, fields.size(), fields.toString());
            fields.put("mark:feedback_input", "<p>Хорошая работа.</p>");
            String ready = claimed.ajax("mark", "mark:ready", fields);
            assertTrue(
                    ready.contains(
                            Bundle.text("ru", "grading.ready", "40", Bundle.text("ru", "SubmissionResult.PASS"))),
                    ready);
        }

        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        browser.go("/staff/grading.xhtml?offering=" + offering);
        browser.driver()
                .findElement(By.xpath(
                        "//tr[.//span[text()='" + blindTitle + "']]//button[contains(@class,'app-release-all')]"))
                .click();
        browser.find(".ui-confirmdialog-yes").click();
        until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("setup:messages"), Bundle.text("en", "grading.releasedAll", 2)));

        PayaraServer.mail()
                .await(
                        EMILY,
                        m -> MailServer.subject(m).equals(Bundle.mail("en", "grading.released.subject", blindTitle)),
                        Duration.ofSeconds(30));
        PayaraServer.mail()
                .await(
                        OLGA,
                        m -> MailServer.subject(m)
                                .equals(Bundle.mail("ru", "grading.released.subject", "Эссе " + blindTitle)),
                        Duration.ofSeconds(30));
        assertTrue(
                GradingScreens.queueRows(queue(instructor2)).stream().noneMatch(row -> row.contains(blindTitle)),
                "released essays leave the queue of open work");
        String released =
                instructor2.get("/staff/mark.xhtml?review=" + blind.get(0)).body();
        assertTrue(
                released.contains("Emily Carter") || released.contains("Ольга Соколова"), "names show after release");

        browser.go("/staff/dashboard.xhtml"); // the admin's grading dashboard draws the distribution
        browser.find("#distribution\\:chart canvas");
        assertFalse(browser.text("#statesCard").isBlank());
        String first = browser.language();
        String other = first.equals("en") ? "ru" : "en";
        assertEquals(legend(first), drawnLegend(), "the legend in " + first);
        browser.switchLanguage(other);
        browser.find("#distribution\\:chart canvas");
        assertEquals(legend(other), drawnLegend(), "the legend follows the switch to " + other);
        browser.switchLanguage(first);
    }

    @Test
    @Order(7)
    void anAdminAllocatesTickedEssaysEvenlyAcrossTheChosenInstructors() {
        GradingScreens.Session admin = GradingScreens.Session.signedIn(ADMIN, ADMIN_PASSWORD);
        String queuePage = admin.get("/staff/queue.xhtml");
        List<Long> unclaimed = new java.util.ArrayList<>();
        for (String row : queuePage.split("<tr ")) {
            var review = java.util.regex.Pattern.compile("review=(\\d+)").matcher(row);
            if (row.contains(Bundle.text("en", "grading.queue.nobody")) && review.find()) {
                unclaimed.add(Long.parseLong(review.group(1)));
            }
        }
        assertTrue(unclaimed.size() >= 2, "Emily's open essay and the demo ones wait unclaimed");
        List<Long> two = unclaimed.subList(0, 2);
        // the two demo instructors only: other tests may have invited more (allocation is even across the chosen)
        List<String> ids = instructorIds(queuePage, List.of("John Miller", "Елена Морозова"));
        assertEquals(2, ids.size(), queuePage);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "queue:allocate");
        fields.put("jakarta.faces.partial.execute", "queue:allocate queue:table queue:instructors");
        fields.put("jakarta.faces.partial.render", "queue");
        fields.put("queue:allocate", "queue:allocate");
        fields.put("queue", "queue");
        fields.put("queue:table_selection", two.get(0) + "," + two.get(1));
        String body = admin.post("/staff/queue.xhtml", withInstructors(fields, ids, queuePage));
        assertTrue(body.contains(Bundle.text("en", "grading.allocated", 2, "").replaceAll(" \\(\\)\\.$", "")), body);
        String after = admin.get("/staff/queue.xhtml");
        String first = rowOf(after, two.get(0));
        String second = rowOf(after, two.get(1));
        boolean johnFirst = first.contains("John Miller");
        assertTrue(
                johnFirst
                        ? second.contains("Елена Морозова")
                        : first.contains("Елена Морозова") && second.contains("John Miller"),
                "one each:\n" + first + "\n" + second);
        assertTrue(first.contains(Bundle.text("en", "SubmissionStatus.IN_MARKING")), "allocated essays are in marking");
    }

    @Test
    @Order(8)
    void claimNextTakesTheEssayWaitingLongestAndOpensItsMarkingPage() {
        GradingScreens.Session elena = GradingScreens.Session.signedIn(INSTRUCTOR2, INSTRUCTOR2_PASSWORD);
        String queuePage = elena.get("/staff/queue.xhtml");
        String answer = elena.post(
                "/staff/queue.xhtml",
                "queue=queue&queue%3AclaimNext=queue%3AclaimNext&jakarta.faces.ViewState="
                        + GradingScreens.Session.encode(Http.viewState(queuePage)));
        String location = elena.lastLocation();
        assertTrue(location != null && location.contains("/staff/mark.xhtml?review="), location + " " + answer);
        String marking = elena.get(location.replaceFirst("^https?://[^/]+", ""));
        assertTrue(marking.contains(Bundle.text("ru", "grading.queue.unclaim")), "she now marks it");
        assertTrue(marking.contains("Елена Морозова"));
    }

    /** The values of the instructor check boxes whose labels are these names. */
    private static List<String> instructorIds(String page, List<String> names) {
        List<String> ids = new java.util.ArrayList<>();
        var inputs = java.util.regex.Pattern.compile("<input[^>]*name=\"queue:instructors\"[^>]*>")
                .matcher(page);
        while (inputs.find()) {
            String input = inputs.group();
            var id = java.util.regex.Pattern.compile("id=\"([^\"]+)\"").matcher(input);
            var value = java.util.regex.Pattern.compile("value=\"(\\d+)\"").matcher(input);
            if (!id.find() || !value.find()) {
                continue;
            }
            var label = java.util.regex.Pattern.compile(
                            "<label[^>]*for=\"" + java.util.regex.Pattern.quote(id.group(1)) + "\"[^>]*>([^<]*)<")
                    .matcher(page);
            if (label.find() && names.contains(label.group(1).strip())) {
                ids.add(value.group(1));
            }
        }
        return ids;
    }

    private static String withInstructors(Map<String, String> fields, List<String> ids, String page) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(k)
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8))
                .append('&'));
        for (String id : ids) {
            body.append("queue:instructors=").append(id).append('&');
        }
        body.append("jakarta.faces.ViewState=")
                .append(java.net.URLEncoder.encode(Http.viewState(page), java.nio.charset.StandardCharsets.UTF_8));
        return body.toString();
    }

    private static String rowOf(String page, long review) {
        for (String row : page.split("<tr ")) {
            if (row.contains("review=" + review + "\"") || row.contains("review=" + review + "&")) {
                return row;
            }
        }
        throw new AssertionError("no row of review " + review);
    }

    /** The chart's legend as the bundle says it: passed, failed. */
    /**
     * The gradebook (certificate/view GradebookBacking): the team's instructor filters it to one student and sees
     * the blind essay released as passed, in English and in Russian; its CSV is the same rows; an unknown offering
     * answers 404.
     */
    @Test
    @Order(9)
    void theGradebookShowsEachStudentsEssaysFilteredAndExportsThem() {
        signInAs(browser, INSTRUCTOR, INSTRUCTOR_PASSWORD);
        browser.go("/staff/offerings.xhtml"); // each offering links its gradebook
        assertTrue(browser.driver()
                .findElement(By.xpath("(//*[contains(@class,'app-gradebook')]/descendant-or-self::a)[1]"))
                .getAttribute("href")
                .contains("/staff/gradebook.xhtml?offering="));
        browser.go("/staff/gradebook.xhtml?offering=" + offering);
        browser.find("#gradebook\\:table");
        assertEquals("/staff/gradebook.xhtml", browser.path());
        String first = browser.language();
        for (String language : List.of(first, first.equals("en") ? "ru" : "en")) {
            if (!language.equals(browser.language())) {
                browser.switchLanguage(language);
            }
            browser.type("#gradebook\\:text", "Emily");
            browser.find("#gradebook\\:filter").click();
            String[] shown = {""}; // read while waiting: the table may be replaced again right after
            waitFor(d -> {
                var rows = d.findElements(By.cssSelector("#gradebook\\:table_data > tr"));
                shown[0] = rows.size() == 1 ? rows.get(0).getText() : "";
                return shown[0].contains("Emily Carter");
            });
            String row = shown[0];
            assertTrue(row.contains(Bundle.text(language, "SubmissionResult.PASS")), language + ": " + row);
            assertTrue(row.contains("40"), language + ": the released score, " + row);
            String head = browser.text("#gradebook\\:table_head");
            assertTrue(head.contains(blindTitle), head);
            assertTrue(head.contains(Bundle.text(language, "gradebook.column.total")), language + ": " + head);
        }
        browser.choose("#gradebook\\:standing", Bundle.text(browser.language(), "StandingFilter.CERTIFIED"));
        browser.find("#gradebook\\:filter").click(); // Emily has no certificate: nobody is left
        waitFor(d -> d.findElement(By.cssSelector("#gradebook\\:table_data"))
                .getText()
                .contains(Bundle.text(browser.language(), "gradebook.empty")));
        assertTrue(
                browser.driver()
                        .findElement(By.xpath("//*[@id='gradebook:csv']/descendant-or-self::a"))
                        .getAttribute("href")
                        .contains("standing=CERTIFIED"),
                "the export asks for what the screen shows");
        browser.switchLanguage(first);

        Http instructor = signedIn(INSTRUCTOR, INSTRUCTOR_PASSWORD);
        assertEquals(
                1,
                instructor
                        .get("/staff/gradebook.csv?offering=" + offering + "&standing=CERTIFIED")
                        .body()
                        .lines()
                        .count(),
                "the heading only: nobody holds a certificate");
        var refused = instructor.get("/staff/gradebook.csv?offering=" + offering + "&standing=EVERYONE");
        assertEquals(400, refused.statusCode(), "a standing that does not exist is refused, not ignored");
        var csv = instructor.get("/staff/gradebook.csv?offering=" + offering + "&text=student4");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFF"), "a byte order mark for Excel");
        List<String> lines = csv.body().lines().toList();
        assertEquals(2, lines.size(), csv.body());
        assertTrue(lines.get(1).contains(OLGA), lines.get(1));
        var xlsx = instructor.get("/staff/gradebook.xlsx?offering=" + offering);
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxml"));
        var zip = instructor.get("/staff/gradebook-essays.zip?assignment=" + blindAssignment);
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                404,
                instructor
                        .get("/staff/gradebook-essays.zip?assignment=999999999")
                        .statusCode());
        assertEquals(
                404, instructor.get("/staff/gradebook.xhtml?offering=999999999").statusCode());
        assertEquals(
                404, instructor.get("/staff/gradebook.csv?offering=999999999").statusCode());
    }

    private static List<String> legend(String language) {
        return List.of(Bundle.text(language, "SubmissionResult.PASS"), Bundle.text(language, "SubmissionResult.FAIL"));
    }

    /** The legend of the chart the page drew (Chart.js). */
    private static List<?> drawnLegend() {
        String canvas = "document.querySelector('[id=\"distribution:chart\"] canvas')";
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(
                        js.executeScript("var c = " + canvas + "; return !!(c && Chart.getChart(c));")));
        return (List<?>) js.executeScript(
                "return Chart.getChart(" + canvas + ").data.datasets.map(function (d) { return d.label; });");
    }

    private static void until(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    private static void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
