package edu.aum.course.grading;

import static edu.aum.course.grading.GradingScreens.ADMIN;
import static edu.aum.course.grading.GradingScreens.ADMIN_PASSWORD;
import static edu.aum.course.grading.GradingScreens.INSTRUCTOR2;
import static edu.aum.course.grading.GradingScreens.INSTRUCTOR2_PASSWORD;
import static edu.aum.course.grading.GradingScreens.reviewIn;
import static edu.aum.course.grading.GradingScreens.signInAs;
import static edu.aum.course.grading.GradingScreens.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.PayaraServer;
import edu.aum.course.testsupport.TeamEditor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Inline comments and the comment bank in the browser: Елена (Russian interface) selects a passage across a bold
 * word of Emily's essay and comments on it, keeps two comments in her bank and inserts one into a second comment and
 * another into the feedback, comments on a third passage by keyboard alone (its words typed), edits the first comment, marks and releases; before the release Emily's page holds no
 * comment, after it she (English interface) sees the passages marked in her essay, the bold word's mark inside the
 * bold, each mark described by its comment.
 */
@ExtendWith(PayaraServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InlineCommentsIT {

    private static final String EMILY = "student3@demo.edu";
    private static final String EMILY_PASSWORD = "student-demo-3";
    private static final String ESSAY = "<p>In 1991 the Soviet Union ended and <strong>Boris Yeltsin</strong> led the"
            + " new Russia into a hard decade of reform.</p>";
    private static final String ACROSS_BOLD = "ended and Boris Yeltsin led";
    private static final String SECOND = "a hard decade";
    private static final String FIRST_COMMENT = "Кто ещё участвовал в распаде СССР?";
    private static final String EDITED_COMMENT = "Кто ещё, кроме Ельцина, участвовал в распаде СССР?";
    private static final String TYPED = "reform";
    private static final String TYPED_COMMENT = "Какие именно реформы?";
    private static final String BANK_RU = "Приведите источник.";
    private static final String BANK_EN = "Cite the treaty that ended it.";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    private static String title;
    private static long assignment;
    private static long review;

    @BeforeAll
    static void emilySubmitsAnEssayWithABoldName() {
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        long offering = GradingScreens.createOffering(browser, GradingScreens.unique("IC-"));
        TeamEditor.set(browser, offering, "John Miller", "Елена Морозова");
        title = GradingScreens.unique("Inline comments ");
        assignment = GradingScreens.createAssignment(browser, offering, title);
        browser.go("/staff/rubric.xhtml?offering=" + offering);
        browser.clickAndWait("#rubric\\:save");

        signInAs(browser, EMILY, EMILY_PASSWORD);
        GradingScreens.enroll(browser, offering);
        GradingScreens.submitEssay(browser, assignment, ESSAY);
        review = reviewIn(
                signedIn(INSTRUCTOR2, INSTRUCTOR2_PASSWORD)
                        .get("/staff/queue.xhtml?offering=" + offering)
                        .body(),
                title);
    }

    @Test
    @Order(1)
    void elenaCommentsAcrossABoldWordUsesHerBankMarksAndReleases() {
        signInAs(browser, INSTRUCTOR2, INSTRUCTOR2_PASSWORD);
        browser.go("/staff/mark.xhtml?review=" + review);
        assertEquals("ru", browser.language());
        browser.find("#mark\\:claim").click();
        browser.find("#mark\\:addComment");
        browser.checkAccessibility("the inline comments panel");

        select(ACROSS_BOLD);
        browser.type("#mark\\:commentText", FIRST_COMMENT);
        browser.find("#mark\\:addComment").click();
        waitFor(d ->
                d.findElement(By.id("mark:messages")).getText().contains(Bundle.text("ru", "grading.comment.added")));
        waitFor(d -> marks(d, "essayText").size() == 1);
        List<String> across =
                marks(browser.driver(), "essayText").values().iterator().next();
        assertEquals(3, across.size(), "before, inside and after the bold word: " + across);
        assertEquals(ACROSS_BOLD, String.join("", across));
        assertTrue(browser.text("#commentList").contains(FIRST_COMMENT));

        // the bank: one comment in Russian, one in English, kept in the dialog
        browser.find("#mark\\:openBank").click();
        waitFor(d -> d.findElement(By.id("bank:bankText")).isDisplayed());
        bankComment("Русский", BANK_RU);
        bankComment("Английский", BANK_EN);
        browser.checkAccessibility("the comment bank dialog");
        browser.press(Keys.ESCAPE);
        waitFor(d -> !d.findElement(By.id("bank:bankText")).isDisplayed());

        // a bank comment into a second inline comment, another into the feedback
        browser.choose("#mark\\:bankPick", "Русский · " + BANK_RU);
        select(SECOND);
        browser.find("#mark\\:intoComment").click();
        waitFor(d -> BANK_RU.equals(d.findElement(By.id("mark:commentText")).getAttribute("value")));
        browser.find("#mark\\:addComment").click();
        waitFor(d -> d.findElements(By.cssSelector("#commentList > li")).size() == 2);
        waitFor(d -> marks(d, "essayText").size() == 2);
        // by keyboard alone: the passage's words typed into the passage field, which the server finds in the text
        browser.tabTo("the passage field", e -> "mark:commentQuote".equals(e.getAttribute("id")));
        browser.press(TYPED);
        browser.tabTo("the comment field", e -> "mark:commentText".equals(e.getAttribute("id")));
        browser.press(TYPED_COMMENT);
        browser.tabTo("the comment button", e -> "mark:addComment".equals(e.getAttribute("id")));
        browser.press(Keys.ENTER);
        waitFor(d -> marks(d, "essayText").size() == 3);
        browser.choose("#mark\\:bankPick", "Английский · " + BANK_EN);
        browser.find("#mark\\:intoFeedback").click();
        waitFor(d -> d.findElement(By.cssSelector("#mark\\:feedback .ql-editor"))
                .getText()
                .contains(BANK_EN));

        // the first comment edited in place
        browser.find("#commentList > li:first-child button[id$='editComment']").click();
        WebElement edit = browser.find("#commentList > li:first-child textarea[id$='editText']");
        edit.clear();
        edit.sendKeys(EDITED_COMMENT);
        browser.find("#commentList > li:first-child button[id$='saveComment']").click();
        waitFor(d -> d.findElement(By.id("commentList")).getText().contains(EDITED_COMMENT));

        // marked with the top level everywhere: ready for release, comments still open to change
        for (int i = 0; i < 4; i++) {
            int index = i;
            browser.driver()
                    .findElements(By.cssSelector(".app-levels"))
                    .get(index)
                    .findElements(By.cssSelector(".ui-radiobutton-box"))
                    .get(0)
                    .click();
            waitFor(d -> d.findElements(By.cssSelector(".app-levels"))
                            .get(index)
                            .findElements(By.cssSelector(".ui-radiobutton-box.ui-state-active"))
                            .size()
                    == 1);
        }
        browser.find("#mark\\:ready").click();
        waitFor(d -> d.findElement(By.id("mark:messages"))
                .getText()
                .contains(Bundle.text("ru", "grading.ready", "40", Bundle.text("ru", "SubmissionResult.PASS"))));
        browser.find("#mark\\:addComment");
        assertTrue(browser.text("#feedbackText").contains(BANK_EN), "the inserted bank comment was saved");

        String before = signedIn(EMILY, EMILY_PASSWORD)
                .get("/student/essay.xhtml?assignment=" + assignment)
                .body();
        assertFalse(before.contains("inlineComments") || before.contains("распаде"), "nothing before release");

        browser.find("#mark\\:release").click();
        waitFor(d -> d.findElement(By.id("mark:messages")).getText().contains(Bundle.text("ru", "grading.released")));
        assertTrue(browser.driver().findElements(By.id("mark:addComment")).isEmpty(), "released: no new comment");
        assertTrue(browser.driver()
                .findElements(By.cssSelector("button[id$='editComment'], button[id$='deleteComment']"))
                .isEmpty());
        assertEquals(3, marks(browser.driver(), "essayText").size(), "the comments stay, marked");
    }

    @Test
    @Order(2)
    void emilySeesThePassagesMarkedInHerEssayEachDescribedByItsComment() {
        signInAs(browser, EMILY, EMILY_PASSWORD);
        browser.go("/student/essay.xhtml?assignment=" + assignment);
        browser.switchLanguage("en");
        String list = browser.text("#inlineComments");
        assertTrue(list.contains(EDITED_COMMENT) && list.contains(BANK_RU) && list.contains(SECOND), list);
        assertFalse(list.contains(FIRST_COMMENT + "\n"), list);
        assertTrue(browser.text("#resultCard").contains(Bundle.text("en", "grading.comment.heading")));

        waitFor(d -> marks(d, "submittedText").size() == 3);
        assertTrue(list.contains(TYPED_COMMENT), list);
        Map<String, List<String>> marks = marks(browser.driver(), "submittedText");
        String acrossId = marks.entrySet().stream()
                .filter(e -> String.join("", e.getValue()).equals(ACROSS_BOLD))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError(marks.toString()));
        assertEquals(3, marks.get(acrossId).size());
        WebElement bold = browser.find("#submittedText strong mark[data-comment='" + acrossId + "']");
        assertEquals("Boris Yeltsin", bold.getText());
        String describedBy = bold.getAttribute("aria-describedby");
        assertEquals(
                EDITED_COMMENT, browser.driver().findElement(By.id(describedBy)).getText());
        browser.checkAccessibility("the marked essay");

        bold.click(); // a mark leads to its comment
        waitFor(d -> ("comment-" + acrossId).equals(browser.focusedId()));
    }

    /** Selects the passage in the marking page's essay, across elements, as a mouse drag would. */
    private static void select(String passage) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var box = document.getElementById('essayText'), start = box.textContent.indexOf(arguments[0]),"
                                + " end = start + arguments[0].length, walker = document.createTreeWalker(box,"
                                + " NodeFilter.SHOW_TEXT), range = document.createRange(), at = 0, node, started = false;"
                                + " while ((node = walker.nextNode())) { var length = node.data.length;"
                                + " if (!started && start < at + length) { range.setStart(node, start - at); started = true; }"
                                + " if (started && end <= at + length) { range.setEnd(node, end - at); break; }"
                                + " at += length; }"
                                + " var selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);",
                        passage);
        waitFor(d -> passage.equals(d.findElement(By.id("mark:commentQuote")).getAttribute("value")));
    }

    private static void bankComment(String language, String text) {
        browser.choose("#bank\\:bankLanguage", language);
        browser.type("#bank\\:bankText", text);
        browser.find("#bank\\:saveBank").click();
        waitFor(d -> d.findElement(By.id("bank:bankTable")).getText().contains(text));
    }

    /** The marks in the box, by comment id, each as the texts of its marks in order. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> marks(WebDriver driver, String box) {
        return (Map<String, List<String>>) ((JavascriptExecutor) driver)
                .executeScript(
                        "var byComment = {}; document.querySelectorAll('#' + arguments[0] + ' mark[data-comment]')"
                                + ".forEach(function (m) { var id = m.getAttribute('data-comment');"
                                + " (byComment[id] = byComment[id] || []).push(m.textContent); }); return byComment;",
                        box);
    }

    private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
