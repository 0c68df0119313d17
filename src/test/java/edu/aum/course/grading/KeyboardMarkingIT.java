package edu.aum.course.grading;

import static edu.aum.course.grading.GradingScreens.ADMIN;
import static edu.aum.course.grading.GradingScreens.ADMIN_PASSWORD;
import static edu.aum.course.grading.GradingScreens.INSTRUCTOR;
import static edu.aum.course.grading.GradingScreens.INSTRUCTOR_PASSWORD;
import static edu.aum.course.grading.GradingScreens.signInAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.PayaraServer;
import edu.aum.course.testsupport.TeamEditor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
 * The essay editor and the marking page with the keyboard alone (Tab, Space, arrows, Enter; no clicks): a
 * student (Russian UI) writes and submits, an instructor claims, chooses a level of every rubric criterion,
 * writes feedback and marks the essay ready. The assignment's title holds a very long word, which the queue's
 * cell shows whole (wrapped), not cut off.
 */
@ExtendWith(PayaraServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyboardMarkingIT {

    private static final String STUDENT = "student4@demo.edu";
    private static final String STUDENT_PASSWORD = "student-demo-4";
    /** One word of 90 letters, longer than any queue column is wide. */
    private static final String LONG_WORD = "Достопримечательность".repeat(4) + "эссе";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    private static String title;
    private static long assignment;
    private static long offering;

    @BeforeAll
    static void arrange() {
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        offering = GradingScreens.createOffering(browser, GradingScreens.unique("KB-"));
        TeamEditor.set(browser, offering, "John Miller"); // a new offering's team starts empty
        title = GradingScreens.unique("Keyboard ") + " " + LONG_WORD;
        assignment = GradingScreens.createAssignment(browser, offering, title);
        browser.go("/staff/rubric.xhtml?offering=" + offering); // the standard rubric: 4 criteria, 40 points
        browser.clickAndWait("#rubric\\:save");
        signInAs(browser, STUDENT, STUDENT_PASSWORD);
        GradingScreens.enroll(browser, offering);
    }

    @Test
    @Order(1)
    void aStudentWritesAndSubmitsAnEssayWithTheKeyboardAlone() {
        signInAs(browser, STUDENT, STUDENT_PASSWORD);
        browser.go("/student/essay.xhtml?assignment=" + assignment);
        waitFor(d -> d.findElements(By.cssSelector("#essay\\:editor .ql-editor[aria-label]"))
                        .size()
                == 1);
        String language = browser.language();

        WebElement editor =
                browser.tabTo("the essay's text", e -> e.getAttribute("class").contains("ql-editor"));
        assertEquals("textbox", editor.getAttribute("role"));
        assertEquals(Bundle.text(language, "essay.write.editor"), editor.getAttribute("aria-label"));
        browser.press("Детант семидесятых годов держался на взаимном интересе к предсказуемости.");
        browser.press(Keys.TAB);
        assertFalse(
                browser.driver()
                        .switchTo()
                        .activeElement()
                        .getAttribute("class")
                        .contains("ql-editor"),
                "Tab leaves the editor");
        assertFalse(editorText().contains("\t"), "Tab typed no tab character");

        browser.tabTo("the integrity statement", e -> "essay:integrity_input".equals(e.getAttribute("id")));
        browser.press(Keys.SPACE);
        waitFor(d -> d.findElement(By.id("essay:integrity_input")).isSelected());
        WebElement submit = browser.tabTo("the submit button", e -> "essay:submit".equals(e.getAttribute("id")));
        assertVisibleFocus(submit);
        browser.press(Keys.ENTER);
        browser.awaitReplaced(submit);
        assertEquals("/student/receipt.xhtml", browser.path());
    }

    @Test
    @Order(2)
    void theQueueShowsAVeryLongWordWhole() {
        signInAs(browser, INSTRUCTOR, INSTRUCTOR_PASSWORD);
        browser.go("/staff/queue.xhtml?offering=" + offering); // its own offering: the shared server has more
        browser.find("#queue\\:table");
        assertEquals(List.of(), browser.cellsCuttingOff("#queue\\:table", LONG_WORD));
        browser.withoutCellWrapping();
        assertFalse(browser.cellsCuttingOff("#queue\\:table", LONG_WORD).isEmpty(), "unwrapped, the word is cut off");
    }

    @Test
    @Order(3)
    void anInstructorClaimsChoosesEveryLevelWritesFeedbackAndMarksReadyWithTheKeyboardAlone() {
        signInAs(browser, INSTRUCTOR, INSTRUCTOR_PASSWORD);
        browser.go("/staff/queue.xhtml?offering=" + offering); // its own offering: the shared server has more
        long review = GradingScreens.reviewIn(browser.driver().getPageSource(), LONG_WORD);
        browser.go("/staff/mark.xhtml?review=" + review);
        String language = browser.language();

        WebElement claim = browser.tabTo("the claim button", e -> "mark:claim".equals(e.getAttribute("id")));
        assertVisibleFocus(claim);
        browser.press(Keys.ENTER);
        waitFor(d -> d.findElements(By.id("mark:claim")).isEmpty()
                && d.findElements(By.cssSelector(".app-levels input[type=radio]:disabled"))
                        .isEmpty()
                && !d.findElements(By.cssSelector(".app-levels input[type=radio]"))
                        .isEmpty());

        List<String> groups = new ArrayList<>();
        for (WebElement radio : browser.driver().findElements(By.cssSelector(".app-levels input[type=radio]"))) {
            if (!groups.contains(radio.getAttribute("name"))) {
                groups.add(radio.getAttribute("name"));
            }
        }
        assertEquals(4, groups.size(), "argument, evidence, structure, language");
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            WebElement radio = browser.tabTo("criterion " + (i + 1), e -> group.equals(e.getAttribute("name")));
            WebElement box = radio.findElement(By.xpath("ancestor::div[contains(@class,'ui-radiobutton')][1]"
                    + "//div[contains(@class,'ui-radiobutton-box')]"));
            assertTrue(box.getAttribute("class").contains("ui-state-focus"), "the focused level shows it");
            browser.press(Keys.SPACE); // the best level
            if (i == 3) {
                browser.press(Keys.ARROW_DOWN); // the next one, for the language criterion
            }
            int chosen = i == 3 ? 1 : 0;
            waitFor(d -> levelChosen(d, group, chosen));
            assertEquals(group, browser.driver().switchTo().activeElement().getAttribute("name"), "focus stays");
        }
        waitFor(d -> d.findElement(By.id("mark:total"))
                .getText()
                .equals(Bundle.text(language, "grading.mark.total", "37", "40", "20")));

        browser.tabTo("the feedback", e -> e.getAttribute("class").contains("ql-editor"));
        browser.press("Ясная мысль; сошлитесь на источник.");
        browser.press(Keys.TAB);
        assertNotEquals("", browser.focusedId(), "Tab moved on to the next control");
        WebElement ready = browser.tabTo("the ready button", e -> "mark:ready".equals(e.getAttribute("id")));
        assertVisibleFocus(ready);
        browser.press(Keys.ENTER);
        waitFor(d -> d.findElement(By.id("mark:messages"))
                .getText()
                .contains(
                        Bundle.text(language, "grading.ready", "37", Bundle.text(language, "SubmissionResult.PASS"))));
        assertTrue(browser.driver().findElement(By.id("feedbackText")).getText().contains("сошлитесь на источник"));
    }

    private static boolean levelChosen(WebDriver driver, String group, int index) {
        List<WebElement> radios = driver.findElements(By.name(group));
        return radios.get(index).isSelected()
                && radios.get(index)
                        .findElement(By.xpath("ancestor::div[contains(@class,'ui-radiobutton')][1]"
                                + "//div[contains(@class,'ui-radiobutton-box')]"))
                        .getAttribute("class")
                        .contains("ui-state-active");
    }

    private static String editorText() {
        return (String)
                ((JavascriptExecutor) browser.driver()).executeScript("return PF('essayEditor').editor.getText();");
    }

    /** The focused control is outlined (the house focus ring), not only faintly glowing. */
    private static void assertVisibleFocus(WebElement element) {
        String outline = element.getCssValue("outline-style");
        assertEquals("solid", outline, "a visible focus outline on " + element.getAttribute("id"));
    }

    private static void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
