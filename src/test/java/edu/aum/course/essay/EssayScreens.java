package edu.aum.course.essay;

import edu.aum.course.testsupport.Browser;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** What the essay tests do through the screens, as staff and students would. */
final class EssayScreens {

    static final String ADMIN = "admin@demo.edu";
    static final String ADMIN_PASSWORD = "admin-demo-1";
    static final String INSTRUCTOR = "instructor@demo.edu";
    static final String INSTRUCTOR_PASSWORD = "instructor-demo-1";
    static final String IVAN = "student2@demo.edu";
    static final String IVAN_PASSWORD = "student-demo-2";
    /** The zone in which pages show and take times (DISPLAY_ZONE's default). */
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Pattern ID = Pattern.compile("[?&](?:id|offering)=(\\d+)");

    private EssayScreens() {}

    static String unique(String prefix) {
        return prefix
                + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase()
                + SERIAL.incrementAndGet();
    }

    static void signInAs(Browser browser, String email, String password) {
        leavePage(browser);
        browser.driver().manage().deleteAllCookies();
        browser.signIn(email, password);
    }

    /** Tells the essay page that leaving is intended, so that no "unsaved changes" prompt stops the browser. */
    static void leavePage(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("if (window.EssayPage) { EssayPage.leaving(); }");
    }

    /** The signed-in administrator creates a course and an offering open for enrollment; answers its id. */
    static long createOffering(Browser browser) {
        return createOffering(browser, unique("ES-"));
    }

    /** As above, the course with this code. */
    static long createOffering(Browser browser, String code) {
        LocalDate today = LocalDate.now(ZONE);
        browser.go("/admin/course.xhtml");
        browser.type("#course\\:code", code);
        browser.type("#course\\:titleEn", "Essay test course " + code);
        browser.type("#course\\:titleRu", "Курс для проверки эссе " + code);
        browser.type("#course\\:descriptionEn", "A course the essay tests create.");
        browser.type("#course\\:descriptionRu", "Курс, который создают тесты эссе.");
        browser.clickAndWait("#course\\:save");
        browser.clickAndWait("#course\\:newOffering");
        browser.type("#offering\\:startsOn_input", today.toString());
        browser.type("#offering\\:endsOn_input", today.plusDays(90).toString());
        browser.type("#offering\\:opensOn_input", today.minusDays(1).toString());
        browser.type("#offering\\:closesOn_input", today.plusDays(30).toString());
        browser.clickAndWait("#offering\\:save");
        return idIn(browser.driver().getCurrentUrl());
    }

    /** Times relative to now in the course's zone, to the minute as the form takes them. */
    static LocalDateTime at(Duration fromNow) {
        return LocalDateTime.now(ZONE).plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
    }

    /** Signed-in staff create an assignment through the screen; answers its id. */
    static long createAssignment(
            Browser browser,
            long offering,
            String title,
            LocalDateTime opens,
            LocalDateTime due,
            LocalDateTime cutoff,
            int min,
            int max) {
        browser.go("/staff/assignment.xhtml?offering=" + offering);
        browser.type("#assignment\\:titleEn", title);
        browser.type("#assignment\\:titleRu", "Эссе " + title);
        browser.type("#assignment\\:promptEn", "Discuss the relations between the two countries: " + title);
        browser.type("#assignment\\:promptRu", "Обсудите отношения двух стран: " + title);
        browser.type("#assignment\\:opensAt_input", MINUTES.format(opens));
        browser.type("#assignment\\:dueAt_input", MINUTES.format(due));
        browser.type("#assignment\\:cutoffAt_input", MINUTES.format(cutoff));
        browser.type("#assignment\\:minWords", String.valueOf(min));
        browser.type("#assignment\\:maxWords", String.valueOf(max));
        browser.clickAndWait("#assignment\\:save");
        if (!browser.path().equals("/staff/assignments.xhtml")) {
            throw new AssertionError("The assignment was not saved: " + browser.text("#assignment\\:messages"));
        }
        String href = browser.driver()
                .findElement(
                        By.xpath("//tr[.//span[text()='" + title + "']]" + "//a[contains(@href,'assignment.xhtml')]"))
                .getAttribute("href");
        return idIn(href);
    }

    /** The signed-in student enrolls in the offering naming a university of their own. */
    static void enroll(Browser browser, long offering) {
        browser.go("/student/enroll.xhtml?offering=" + offering);
        browser.type("#enroll\\:otherName", unique("Essay Test University "));
        browser.find("label[for='enroll:otherCountry:1']").click();
        browser.type("#enroll\\:studentNumber", "ET-1");
        browser.clickAndWait("#enroll\\:submit");
    }

    /** Signed-in staff give the student an extension. */
    static void giveExtension(
            Browser browser, long assignment, String studentEmail, LocalDateTime due, LocalDateTime cutoff) {
        browser.go("/staff/extensions.xhtml?assignment=" + assignment);
        // the item's whole label ("name · e-mail"), then chosen until the menu shows it: a click while the panel
        // opens is lost, and the grant then fails as "choose a student" (seen in CI)
        browser.find("#extensions\\:student").click(); // the menu's items are there once it has opened
        String label = browser.find("#extensions\\:student_items li[data-label*='" + studentEmail + "']")
                .getAttribute("data-label");
        browser.choose("#extensions\\:student", label);
        browser.type("#extensions\\:dueAt_input", MINUTES.format(due));
        browser.type("#extensions\\:cutoffAt_input", MINUTES.format(cutoff));
        browser.clickAndWait("#extensions\\:grant");
    }

    /** Opens the essay page of an assignment and waits for the editor. */
    static void openEssay(Browser browser, long assignment) {
        leavePage(browser);
        browser.go("/student/essay.xhtml?assignment=" + assignment);
    }

    static void awaitEditor(Browser browser) {
        browser.find("#essay\\:editor .ql-editor");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> (Boolean) ((JavascriptExecutor) d)
                        .executeScript("return !!(window.PF && PF('essayEditor') && PF('essayEditor').editor);"));
    }

    /** Puts the text into the editor as a paste would. */
    static void paste(Browser browser, String html) {
        awaitEditor(browser);
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var q = PF('essayEditor').editor; q.setText(''); q.clipboard.dangerouslyPasteHTML(arguments[0]);",
                        html);
    }

    static String editorText(Browser browser) {
        awaitEditor(browser);
        return browser.find("#essay\\:editor .ql-editor").getText();
    }

    /** Ticks the integrity statement unless it is ticked already (a refused submission keeps the tick). */
    static void tickIntegrity(Browser browser) {
        if (!browser.driver().findElement(By.id("essay:integrity_input")).isSelected()) {
            browser.find("#essay\\:integrity .ui-chkbox-box").click();
        }
    }

    static void submit(Browser browser) {
        browser.clickAndWait("#essay\\:submit");
    }

    /** n words: "word1 word2 ..." in one paragraph. */
    static String words(int n) {
        StringBuilder text = new StringBuilder("<p>");
        for (int i = 1; i <= n; i++) {
            text.append(i == 1 ? "" : " ").append("relations").append(i);
        }
        return text.append("</p>").toString();
    }

    private static long idIn(String url) {
        Matcher id = ID.matcher(url);
        if (!id.find()) {
            throw new AssertionError("No id in " + url);
        }
        return Long.parseLong(id.group(1));
    }
}
