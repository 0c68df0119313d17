package edu.aum.course.grading;

import static edu.aum.course.grading.GradingScreens.ADMIN;
import static edu.aum.course.grading.GradingScreens.ADMIN_PASSWORD;
import static edu.aum.course.grading.GradingScreens.INSTRUCTOR;
import static edu.aum.course.grading.GradingScreens.INSTRUCTOR_PASSWORD;
import static edu.aum.course.grading.GradingScreens.signInAs;
import static edu.aum.course.grading.GradingScreens.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import edu.aum.course.testsupport.TeamEditor;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The audit log on a real server. The test makes the changes it then reads: an admin sets a new offering's team,
 * a student submits an essay, an instructor claims it. The admin finds them on /admin/audit.xhtml by the offering,
 * then only the student's by her e-mail, downloads the same as CSV, and reads the screen in Russian; an instructor
 * and a student are refused the screen and the CSV; the marking page lists the essay's changes in time order.
 */
@ExtendWith(PayaraServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditLogIT {

    private static final String STUDENT = "student@demo.edu";
    private static final String STUDENT_PASSWORD = "student-demo-1";
    private static final String STUDENT_NAME = "Анна Петрова";
    private static final String TEXT = "<p>Détente in the 1970s rested on arms control treaties and on trade that "
            + "both sides wanted more than a quarrel.</p>";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    private static String code;
    private static long review;

    @BeforeAll
    static void arrange() {
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        code = GradingScreens.unique("AU-");
        long offering = GradingScreens.createOffering(browser, code);
        TeamEditor.set(browser, offering, "John Miller");
        String title = GradingScreens.unique("Audited essay ");
        long assignment = GradingScreens.createAssignment(browser, offering, title);
        signInAs(browser, STUDENT, STUDENT_PASSWORD);
        GradingScreens.enroll(browser, offering);
        GradingScreens.submitEssay(browser, assignment, TEXT);
        signInAs(browser, INSTRUCTOR, INSTRUCTOR_PASSWORD);
        review = GradingScreens.reviewIn(
                signedIn(INSTRUCTOR, INSTRUCTOR_PASSWORD)
                        .get("/staff/queue.xhtml?offering=" + offering)
                        .body(),
                title);
        browser.go("/staff/mark.xhtml?review=" + review);
        browser.clickAndWait("#mark\\:claim");
        browser.find("#mark\\:unclaim");
    }

    /** The admin's audit screen, filtered to this test's offering (chosen in the menu by its course code). */
    private static void auditOfTheOffering() {
        browser.go("/admin/audit.xhtml");
        // the label as the menu's hidden select holds it (the date in the page's language), without opening the menu
        String label = browser.driver().findElements(By.cssSelector("#audit\\:offering_input option")).stream()
                .map(option -> option.getAttribute("textContent").strip())
                .filter(text -> text.startsWith(code + " "))
                .findFirst()
                .orElseThrow();
        browser.choose("#audit\\:offering", label);
        filter();
    }

    private static void filter() {
        WebElement table = browser.find("#audit\\:table");
        browser.find("#audit\\:filter").click();
        browser.awaitReplaced(table);
    }

    private static List<String> rows() {
        return browser.driver().findElements(By.cssSelector("#audit\\:table_data tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static boolean anyRow(String... texts) {
        return rows().stream().anyMatch(row -> List.of(texts).stream().allMatch(row::contains));
    }

    @Test
    @Order(1)
    void theAdminFindsTheChangesByOfferingAndByPersonAndDownloadsThem() {
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        String en = browser.language();
        auditOfTheOffering();

        assertEquals(Bundle.text(en, "admin.audit.title"), browser.text("#pageTitle"));
        assertTrue(
                anyRow("Maria Ivanova", Bundle.text(en, "audit.action.TEAM"), "instructor@demo.edu"),
                rows().toString());
        assertTrue(
                anyRow(
                        STUDENT_NAME,
                        Bundle.text(en, "audit.subject.Submission"),
                        "→ " + Bundle.text(en, "SubmissionStatus.SUBMITTED")),
                rows().toString());
        assertTrue(anyRow("John Miller", Bundle.text(en, "audit.action.CLAIM")), rows().toString());
        assertTrue(
                anyRow(
                        "John Miller",
                        Bundle.text(en, "SubmissionStatus.SUBMITTED") + " → "
                                + Bundle.text(en, "SubmissionStatus.IN_MARKING")),
                rows().toString());
        assertTrue(rows().get(0).contains("MSK"), "times are shown with their zone: " + rows().get(0));

        browser.type("#audit\\:person", STUDENT);
        filter();
        List<String> hers = rows();
        assertFalse(hers.isEmpty());
        assertTrue(hers.stream().allMatch(row -> row.contains(STUDENT_NAME)), hers.toString());

        String href = browser.find("#audit\\:csvLink a").getAttribute("href");
        String path = href.replaceFirst("^https?://[^/]+", "");
        assertTrue(path.contains("person=") && path.contains("offering="), path);
        HttpResponse<String> csv = new Http().get(path, "Cookie", browser.cookieHeader());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFFid,occurred_at,actor_email,actor_name,subject_type"), csv.body());
        List<String> lines = csv.body().lines().skip(1).toList();
        assertEquals(hers.size(), lines.size(), csv.body());
        assertTrue(
                lines.stream().allMatch(line -> line.contains(STUDENT + "," + STUDENT_NAME + ",Submission,")),
                csv.body());
    }

    @Test
    @Order(2)
    void theScreenSpeaksRussian() {
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        browser.go("/admin/audit.xhtml");
        browser.switchLanguage("ru");
        try {
            auditOfTheOffering();
            assertEquals(Bundle.text("ru", "admin.audit.title"), browser.text("#pageTitle"));
            assertTrue(anyRow(Bundle.text("ru", "audit.action.TEAM")), rows().toString());
            assertTrue(
                    anyRow(
                            Bundle.text("ru", "audit.subject.Submission"),
                            Bundle.text("ru", "SubmissionStatus.SUBMITTED")),
                    rows().toString());
            browser.type("#audit\\:person", "nobody-" + code + "@x.test");
            filter();
            assertTrue(browser.text("#audit\\:messages")
                    .contains(Bundle.text("ru", "audit.nobody", "nobody-" + code + "@x.test")));
            assertTrue(browser.text("#audit\\:table").contains(Bundle.text("ru", "admin.audit.empty")));
        } finally {
            browser.switchLanguage("en");
        }
    }

    @Test
    @Order(3)
    void othersAreRefusedTheScreenAndTheCsv() {
        for (Http other : List.of(signedIn(INSTRUCTOR, INSTRUCTOR_PASSWORD), signedIn(STUDENT, STUDENT_PASSWORD))) {
            assertEquals(403, other.get("/admin/audit.xhtml").statusCode());
            assertEquals(403, other.get("/admin/audit.csv").statusCode());
        }
        assertFalse(new Http().get("/admin/audit.csv").body().contains("occurred_at"), "nor anyone signed out");
    }

    @Test
    @Order(4)
    void theMarkingPageListsTheEssaysChangesInTimeOrder() {
        signInAs(browser, INSTRUCTOR, INSTRUCTOR_PASSWORD);
        browser.go("/staff/mark.xhtml?review=" + review);
        String en = browser.language();
        List<String> changes = browser.driver().findElements(By.cssSelector("#mark\\:changes_data tr")).stream()
                .map(WebElement::getText)
                .toList();

        assertEquals(3, changes.size(), changes.toString());
        assertTrue(
                changes.get(0).contains(STUDENT_NAME)
                        && changes.get(0).contains(Bundle.text(en, "SubmissionStatus.SUBMITTED")),
                changes.get(0));
        assertTrue(changes.stream().skip(1).allMatch(row -> row.contains("John Miller")), changes.toString());
    }
}
