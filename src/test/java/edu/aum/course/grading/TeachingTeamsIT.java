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

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import edu.aum.course.testsupport.TeamEditor;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Teaching teams against the real server: an offering taught by John Miller alone; Elena Morozova, off its team,
 * gets the 404 page (HTTP 404, as for an id that does not exist) from every staff page of it, while John and an
 * admin get the pages. The admin sets the team in the browser, in both languages, and a stale team save is refused.
 */
@ExtendWith(PayaraServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeachingTeamsIT {

    private static final String STUDENT = "student2@demo.edu";
    private static final String STUDENT_PASSWORD = "student-demo-2";
    private static final long UNKNOWN = 987_654_321L;
    private static final Pattern RUBRIC = Pattern.compile("rubric\\.xhtml\\?[^\"']*id=(\\d+)");

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    private static long offering;
    private static long assignment;
    private static long review;
    private static long rubric;
    private static String title;
    private static String code;

    @BeforeAll
    static void anOfferingTaughtByJohnAlone() {
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        code = GradingScreens.unique("TT-");
        offering = GradingScreens.createOffering(browser, code);
        TeamEditor.set(browser, offering, "John Miller");
        title = GradingScreens.unique("Team essay ");
        assignment = GradingScreens.createAssignment(browser, offering, title);
        browser.go("/staff/rubric.xhtml?offering=" + offering);
        browser.clickAndWait("#rubric\\:save");
        Matcher id = RUBRIC.matcher(browser.driver().getPageSource());
        assertTrue(id.find(), "the grading page links to the rubric");
        rubric = Long.parseLong(id.group(1));
        signInAs(browser, STUDENT, STUDENT_PASSWORD);
        GradingScreens.enroll(browser, offering);
        GradingScreens.submitEssay(
                browser, assignment, "<p>Teams decide who marks which essay, and nobody else sees it.</p>");
        review = reviewIn(
                signedIn(INSTRUCTOR, INSTRUCTOR_PASSWORD)
                        .get("/staff/queue.xhtml?offering=" + offering)
                        .body(),
                title);
    }

    /** Every staff page of the offering, its assignment, rubric and essay. */
    private static List<String> pages() {
        return List.of(
                "/staff/mark.xhtml?review=" + review,
                "/staff/assignments.xhtml?offering=" + offering,
                "/staff/assignment.xhtml?id=" + assignment,
                "/staff/assignment.xhtml?offering=" + offering,
                "/staff/extensions.xhtml?assignment=" + assignment,
                "/staff/grading.xhtml?offering=" + offering,
                "/staff/rubric.xhtml?offering=" + offering,
                "/staff/rubric.xhtml?offering=" + offering + "&id=" + rubric,
                "/staff/rubric.xhtml?offering=" + offering + "&assignment=" + assignment,
                "/staff/dashboard.xhtml?offering=" + offering,
                "/staff/queue.xhtml?offering=" + offering);
    }

    /** The same pages with ids that do not exist. */
    private static List<String> unknownPages() {
        return List.of(
                "/staff/mark.xhtml?review=" + UNKNOWN,
                "/staff/assignments.xhtml?offering=" + UNKNOWN,
                "/staff/assignment.xhtml?id=" + UNKNOWN,
                "/staff/assignment.xhtml?offering=" + UNKNOWN,
                "/staff/extensions.xhtml?assignment=" + UNKNOWN,
                "/staff/grading.xhtml?offering=" + UNKNOWN,
                "/staff/rubric.xhtml?offering=" + UNKNOWN,
                "/staff/rubric.xhtml?offering=" + offering + "&id=" + UNKNOWN,
                "/staff/rubric.xhtml?offering=" + offering + "&assignment=" + UNKNOWN,
                "/staff/dashboard.xhtml?offering=" + UNKNOWN,
                "/staff/queue.xhtml?offering=" + UNKNOWN);
    }

    @Test
    @Order(1)
    void anInstructorOffTheTeamGetsTheNotFoundPageForEveryStaffPageOfTheOffering() {
        Http elena = signedIn(INSTRUCTOR2, INSTRUCTOR2_PASSWORD);
        for (String page : pages()) {
            assertNotFound(elena, page);
        }
        for (String page : unknownPages()) {
            assertNotFound(elena, page); // the same answer as for an id that does not exist: no hint
        }
        String queue = elena.get("/staff/queue.xhtml").body();
        assertFalse(queue.contains(title) || queue.contains("review=" + review + "\""), "not in her queue");
        String offerings = elena.get("/staff/offerings.xhtml").body();
        assertFalse(offerings.contains(code), "not among her offerings");
        String dashboard = elena.get("/staff/dashboard.xhtml").body();
        assertFalse(dashboard.contains(title), "not on her dashboard");
    }

    @Test
    @Order(2)
    void theInstructorOnTheTeamAndAnAdminGetEveryPage() {
        Http john = signedIn(INSTRUCTOR, INSTRUCTOR_PASSWORD);
        Http admin = signedIn(ADMIN, ADMIN_PASSWORD);
        for (String page : pages()) {
            assertEquals(200, john.get(page).statusCode(), "John: " + page);
            assertEquals(200, admin.get(page).statusCode(), "admin: " + page);
        }
        assertTrue(john.get("/staff/mark.xhtml?review=" + review).body().contains(title));
        assertTrue(john.get("/staff/offerings.xhtml").body().contains(code));
        for (String page : unknownPages()) {
            assertNotFound(john, page);
        }
        for (String page : unknownPages()) { // an id that is not a number is not found either (UnreadableParameters)
            assertNotFound(john, page.replace(String.valueOf(UNKNOWN), "abc"));
        }
        assertNotFound(admin, "/admin/offering.xhtml?id=%27%20or%201=1");
        assertNotFound(admin, "/admin/certificate-batch.xhtml?id=1e99");
    }

    @Test
    @Order(3)
    void downloadsAreForAdminsAlone() {
        Http elena = signedIn(INSTRUCTOR2, INSTRUCTOR2_PASSWORD);
        Http john = signedIn(INSTRUCTOR, INSTRUCTOR_PASSWORD);
        Http admin = signedIn(ADMIN, ADMIN_PASSWORD);
        // staff pages have no downloads of their own; the enrollment list and the certificates are admins' (by role,
        // the same 403 whatever the id, so no hint either)
        for (String download : List.of(
                "/admin/enrollments.csv?offering=" + offering, "/admin/certificates.zip?offering=" + offering)) {
            assertEquals(403, elena.get(download).statusCode(), download);
            assertEquals(403, john.get(download).statusCode(), download);
        }
        HttpResponse<String> csv = admin.get("/admin/enrollments.csv?offering=" + offering);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Иван Смирнов"), csv.body());
    }

    @Test
    @Order(4)
    void theAdminSetsTheTeamOnTheOfferingsPageInBothLanguages() {
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        browser.go("/admin/offering.xhtml?id=" + offering);
        String first = browser.language();
        String other = first.equals("en") ? "ru" : "en";
        assertEquals(Bundle.text(first, "admin.offering.team.title"), browser.text("#teamTitle"));
        assertEquals(List.of("John Miller"), TeamEditor.members(browser));

        browser.switchLanguage(other);
        assertEquals(Bundle.text(other, "admin.offering.team.title"), browser.text("#teamTitle"));
        TeamEditor.set(browser, offering, "John Miller", "Елена Морозова");
        assertEquals(List.of("John Miller", "Елена Морозова"), TeamEditor.members(browser));
        Http elena = signedIn(INSTRUCTOR2, INSTRUCTOR2_PASSWORD);
        HttpResponse<String> marking = elena.get("/staff/mark.xhtml?review=" + review);
        assertEquals(200, marking.statusCode(), "on the team, she marks it");
        assertTrue(marking.body().contains(title));

        browser.switchLanguage(first);
        TeamEditor.set(browser, offering, "John Miller");
        assertEquals(List.of("John Miller"), TeamEditor.members(browser));
        assertNotFound(elena, "/staff/mark.xhtml?review=" + review);
        browser.go("/admin/offering.xhtml?id=" + offering); // the team shows again after a reload
        assertEquals(List.of("John Miller"), TeamEditor.members(browser));
        assertEquals(
                404,
                signedIn(ADMIN, ADMIN_PASSWORD)
                        .get("/admin/offering.xhtml?id=" + UNKNOWN)
                        .statusCode());
    }

    @Test
    @Order(5)
    void aStaleTeamSaveIsRefusedWithTheConcurrentEditMessage() {
        Http admin = signedIn(ADMIN, ADMIN_PASSWORD);
        String path = "/admin/offering.xhtml?id=" + offering;
        String one = admin.get(path).body();
        String two = admin.get(path).body();
        String john = instructorId(one, "John Miller");
        String elena = instructorId(one, "Елена Морозова");
        String saved = saveTeam(admin, path, one, elena);
        assertTrue(saved.contains(Bundle.text("en", "admin.offering.team.saved")), saved);
        String stale = saveTeam(admin, path, two, john);
        assertTrue(stale.contains(Bundle.text("en", "common.concurrentEdit")), stale);
        String now = admin.get(path).body();
        assertTrue(now.contains("app-team-member\">Елена Морозова<"), "the first save stands");
        assertFalse(now.contains("app-team-member\">John Miller<"), "the stale one changed nothing");
    }

    @Test
    @Order(6)
    void aStudentsPagesAnswerAnotherStudentsAndUnknownIdsWithTheNotFoundPageToo() {
        Http ivan = signedIn(STUDENT, STUDENT_PASSWORD);
        List<String> his = new java.util.ArrayList<>();
        Matcher links = Pattern.compile("/student/(?:essays|university)\\.xhtml\\?enrollment=(\\d+)")
                .matcher(ivan.get("/student/home.xhtml").body());
        while (links.find()) {
            his.add(links.group());
        }
        assertFalse(his.isEmpty(), "Ivan's enrollments link to their essays");
        his.forEach(page -> assertEquals(200, ivan.get(page).statusCode(), page));
        assertEquals(
                200, ivan.get("/student/essay.xhtml?assignment=" + assignment).statusCode());

        Http emily = signedIn("student3@demo.edu", "student-demo-3"); // not in this offering
        for (String page : his) {
            assertNotFound(emily, page);
        }
        assertNotFound(emily, "/student/essay.xhtml?assignment=" + assignment);
        assertNotFound(emily, "/student/receipt.xhtml?assignment=" + assignment);
        assertNotFound(emily, "/student/essay.xhtml?assignment=" + UNKNOWN);
        assertNotFound(emily, "/student/essays.xhtml?enrollment=" + UNKNOWN);
        assertNotFound(emily, "/student/university.xhtml?enrollment=" + UNKNOWN);
    }

    private static String saveTeam(Http http, String path, String page, String instructorId) {
        Map<String, String> post = new LinkedHashMap<>();
        post.put("jakarta.faces.partial.ajax", "true");
        post.put("jakarta.faces.source", "team:saveTeam");
        post.put("jakarta.faces.partial.execute", "team");
        post.put("jakarta.faces.partial.render", "team");
        post.put("team:saveTeam", "team:saveTeam");
        post.put("team", "team");
        post.put("team:instructors", instructorId);
        post.put("jakarta.faces.ViewState", Http.viewState(page));
        return http.postForm(path, post).body();
    }

    /** The value of the team check box labelled with this name. */
    private static String instructorId(String page, String name) {
        Matcher inputs =
                Pattern.compile("<input[^>]*name=\"team:instructors\"[^>]*>").matcher(page);
        while (inputs.find()) {
            Matcher id = Pattern.compile("id=\"([^\"]+)\"").matcher(inputs.group());
            Matcher value = Pattern.compile("value=\"(\\d+)\"").matcher(inputs.group());
            if (id.find() && value.find()) {
                Matcher label = Pattern.compile("<label[^>]*for=\"" + Pattern.quote(id.group(1)) + "\"[^>]*>([^<]*)<")
                        .matcher(page);
                if (label.find() && label.group(1).strip().equals(name)) {
                    return value.group(1);
                }
            }
        }
        throw new AssertionError("no team check box for " + name);
    }

    /** The 404 page, in whichever language the reader's session has. */
    private static void assertNotFound(Http http, String page) {
        HttpResponse<String> response = http.get(page);
        assertEquals(404, response.statusCode(), page);
        String body = response.body();
        assertTrue(
                body.contains(Bundle.text("en", "error.404.text"))
                        || body.contains(Bundle.text("ru", "error.404.text")),
                page + ": " + body);
    }
}
