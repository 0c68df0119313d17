package edu.aum.course.essay;

import static edu.aum.course.essay.EssayScreens.ADMIN;
import static edu.aum.course.essay.EssayScreens.ADMIN_PASSWORD;
import static edu.aum.course.essay.EssayScreens.IVAN;
import static edu.aum.course.essay.EssayScreens.IVAN_PASSWORD;
import static edu.aum.course.essay.EssayScreens.at;
import static edu.aum.course.essay.EssayScreens.editorText;
import static edu.aum.course.essay.EssayScreens.openEssay;
import static edu.aum.course.essay.EssayScreens.paste;
import static edu.aum.course.essay.EssayScreens.signInAs;
import static edu.aum.course.essay.EssayScreens.tickIntegrity;
import static edu.aum.course.essay.EssayScreens.unique;
import static edu.aum.course.essay.EssayScreens.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import edu.aum.course.testsupport.TcpProxy;
import edu.aum.course.testsupport.TeamEditor;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Faults of one instance (issue 14), each made real: the session lost while a student types (the browser copy
 * brings every word back after signing in again), two tabs submitting the first version at once (many races),
 * a submission whose row a transaction of the test holds locked (a short wait, a clear message, the text kept),
 * and a read-only database (/health DOWN, sign-in says unavailable with 503, never "wrong password").
 */
@ExtendWith(PayaraServer.class)
class FaultsIT {

    private static final int RACES = 12;
    private static final List<Long> RACED = new ArrayList<>();
    private static long drafted;
    private static long locked;
    private static long outage;
    private static Browser browser;

    @BeforeAll
    static void arrange() {
        browser = Browser.open();
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        long offering = EssayScreens.createOffering(browser);
        TeamEditor.set(browser, offering, "John Miller");
        drafted = assignment(offering);
        locked = assignment(offering);
        outage = assignment(offering);
        for (int i = 0; i < RACES; i++) {
            RACED.add(assignment(offering));
        }
        signInAs(browser, IVAN, IVAN_PASSWORD);
        EssayScreens.enroll(browser, offering);
    }

    private static long assignment(long offering) {
        return EssayScreens.createAssignment(
                browser,
                offering,
                unique("Faults "),
                at(Duration.ofDays(-1)),
                at(Duration.ofDays(3)),
                at(Duration.ofDays(4)),
                5,
                40);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            EssayScreens.leavePage(browser);
            browser.close();
        }
    }

    @Test
    void everyWordTypedIsThereAfterTheSessionWasLostAndTheStudentSignedInAgain() {
        signInAs(browser, IVAN, IVAN_PASSWORD);
        openEssay(browser, drafted);
        type("Before the session ends ");
        awaitSaved(); // the automatic save, seconds after typing stopped, confirmed by the server
        type("typed after the session was lost");
        browser.driver().manage().deleteAllCookies(); // the session is gone, as after a restart or an expiry

        await(d -> shown("notSaved")); // the save that followed confirmed nothing
        EssayScreens.leavePage(browser);
        browser.signIn(IVAN, IVAN_PASSWORD);
        openEssay(browser, drafted);

        String text = editorText(browser);
        assertTrue(text.contains("Before the session ends typed after the session was lost"), text);
        await(d -> !shown("unsaved")); // the restored text reaches the server by itself, confirmed
        ((JavascriptExecutor) browser.driver()).executeScript("localStorage.clear();");
        openEssay(browser, drafted);
        text = editorText(browser);
        assertTrue(text.contains("typed after the session was lost"), "the server holds every word: " + text);
    }

    private static void type(String text) {
        EssayScreens.awaitEditor(browser);
        var editor = browser.find("#essay\\:editor .ql-editor");
        editor.click();
        editor.sendKeys(org.openqa.selenium.Keys.END, text);
    }

    /** Typed, then saved by the automatic save and confirmed by the server: "unsaved" shows, then goes. */
    private static void awaitSaved() {
        await(d -> shown("unsaved"));
        await(d -> !shown("unsaved"));
    }

    private static boolean shown(String id) {
        return browser.driver().findElement(By.id(id)).isDisplayed();
    }

    private static void await(org.openqa.selenium.support.ui.ExpectedCondition<Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(condition);
    }

    @Test
    void twoTabsSubmittingTheFirstVersionAtOnceGiveOneReceiptAndTheUsualAnswer() throws Exception {
        Http http = new Http();
        http.signIn(IVAN, IVAN_PASSWORD);
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            race(http, tabs);
        } finally {
            tabs.shutdownNow();
        }
    }

    private static void race(Http http, ExecutorService tabs) throws Exception {
        for (long assignment : RACED) {
            String page = "/student/essay.xhtml?assignment=" + assignment;
            Map<String, String> first = submitForm(http.get(page).body(), 9);
            Map<String, String> second = submitForm(http.get(page).body(), 10);
            CyclicBarrier start = new CyclicBarrier(2);
            var a = CompletableFuture.supplyAsync(() -> post(http, start, page, first), tabs);
            var b = CompletableFuture.supplyAsync(() -> post(http, start, page, second), tabs);
            List<HttpResponse<String>> answers = List.of(a.get(), b.get());

            long receipts = answers.stream()
                    .filter(r -> r.statusCode() / 100 == 3
                            && r.headers().firstValue("Location").orElse("").contains("/student/receipt"))
                    .count();
            assertEquals(1, receipts, "one tab gets the receipt: " + statuses(answers));
            HttpResponse<String> loser = answers.stream()
                    .filter(r -> r.statusCode() == 200)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the other tab gets a page: " + statuses(answers)));
            assertTrue(saysAny(loser.body(), "submission.alreadySubmitted"), loser.body());
        }
    }

    private static Map<String, String> submitForm(String page, int words) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("essay", "essay");
        form.put("essay:editor_input", words(words));
        form.put("essay:integrity_input", "on");
        form.put("essay:submit", "");
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        return form;
    }

    private static HttpResponse<String> post(Http http, CyclicBarrier start, String page, Map<String, String> form) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return http.postForm(page, form);
    }

    private static String statuses(List<HttpResponse<String>> answers) {
        return answers.stream()
                .map(r -> r.statusCode() + " "
                        + r.headers().firstValue("Location").orElse(""))
                .toList()
                .toString();
    }

    private static boolean saysAny(String body, String key) {
        String html = body.replace("&#39;", "'").replace("&quot;", "\"");
        return html.contains(Bundle.text("en", key)) || html.contains(Bundle.text("ru", key));
    }

    @Test
    void aSubmissionWhoseRowIsLockedWaitsBrieflySaysTryAgainAndKeepsTheText() throws Exception {
        Assumptions.assumeTrue(onMariaDb(), "needs MariaDB (DB_URL); CI always runs it");
        signInAs(browser, IVAN, IVAN_PASSWORD);
        openEssay(browser, locked);
        paste(browser, words(6));
        awaitSaved(); // the automatic save: the submission's row exists from here on
        paste(browser, words(12));
        tickIntegrity(browser);
        try (Connection db = database()) {
            db.setAutoCommit(false);
            try (PreparedStatement lock =
                    db.prepareStatement("SELECT id FROM submissions WHERE assignment_id = ? FOR UPDATE")) {
                lock.setLong(1, locked);
                assertTrue(lock.executeQuery().next(), "the draft's row");
            }
            EssayScreens.submit(browser);
            db.rollback();
        }
        assertEquals("/student/essay.xhtml", browser.path());
        assertTrue(
                browser.text("#essay\\:messages").contains(Bundle.text(browser.language(), "error.busy")),
                browser.text("#essay\\:messages"));
        assertTrue(editorText(browser).contains("relations12"), "the text is kept in the form");

        tickIntegrity(browser);
        EssayScreens.submit(browser);
        assertEquals("/student/receipt.xhtml", browser.path());
        assertEquals("12", browser.text("#receiptWords"));
    }

    @Test
    void aReadOnlyDatabaseMakesTheInstanceNotReadyAndSignInSaysUnavailable() throws Exception {
        Assumptions.assumeTrue(onMariaDb(), "needs MariaDB (DB_URL) and root over the socket; CI always runs it");
        Http http = new Http();
        assertEquals(200, http.get("/health/ready").statusCode());
        try {
            rootSql("SET GLOBAL read_only = ON");
            assertEquals(503, http.get("/health/ready").statusCode(), "writes fail: not ready");
            assertEquals(503, http.get("/health").statusCode());
            assertEquals(200, http.get("/health/live").statusCode(), "alive all the same");

            HttpResponse<String> signIn = new Http().signIn(IVAN, IVAN_PASSWORD);
            assertEquals(503, signIn.statusCode(), signIn.body());
            assertTrue(saysAny(signIn.body(), "error.unavailable.text"), signIn.body());
            assertFalse(saysAny(signIn.body(), "login.failed"), "never a wrong password");
        } finally {
            rootSql("SET GLOBAL read_only = OFF");
        }
        assertEquals(200, http.get("/health/ready").statusCode(), "ready again at once");
        assertEquals(302, new Http().signIn(IVAN, IVAN_PASSWORD).statusCode(), "signs in again");
    }

    @Test
    void duringADatabaseOutageEveryAnswerIs503TryAgainAndTheSiteComesBackByItself() throws Exception {
        Assumptions.assumeTrue(onMariaDb(), "needs MariaDB (DB_URL) behind the test's proxy; CI always runs it");
        TcpProxy database = PayaraServer.database().orElseThrow();
        signInAs(browser, IVAN, IVAN_PASSWORD);
        openEssay(browser, outage);
        type("Written before the outage ");
        awaitSaved();
        Http signedIn = new Http();
        signedIn.signIn(IVAN, IVAN_PASSWORD);
        Http anonymous = new Http();
        String loginPage = anonymous.get("/login.xhtml").body();
        try {
            database.cut();
            long start = System.nanoTime();
            HttpResponse<String> catalogue = anonymous.get("/catalogue.xhtml");
            System.out.printf(
                    "FIGURE database outage: the catalogue answered %d in %d ms%n",
                    catalogue.statusCode(), (System.nanoTime() - start) / 1_000_000);
            assertEquals(503, catalogue.statusCode(), catalogue.body());
            assertTrue(saysAny(catalogue.body(), "error.unavailable.text"), catalogue.body());

            HttpResponse<String> page = signedIn.get("/student/essay.xhtml?assignment=" + outage);
            assertEquals(503, page.statusCode(), "a signed-in page: " + page.body());
            HttpResponse<String> api = anonymous.get("/api/v1/certificates/AAAA-BBBB-CCCC"); // looked up: well formed
            assertEquals(503, api.statusCode(), api.body());
            assertTrue(api.headers().firstValue("Content-Type").orElse("").contains("problem+json"), api.body());
            assertEquals(503, anonymous.get("/health").statusCode());

            Map<String, String> login = new LinkedHashMap<>();
            login.put("login", "login");
            login.put("login:email", IVAN);
            login.put("login:password", IVAN_PASSWORD);
            login.put("login:submit", "");
            login.put("jakarta.faces.ViewState", Http.viewState(loginPage));
            HttpResponse<String> signIn = anonymous.postForm("/login.xhtml", login);
            assertEquals(503, signIn.statusCode(), signIn.body());
            assertFalse(saysAny(signIn.body(), "login.failed"), "never a wrong password");

            type("and typed during it"); // the automatic save (ajax) fails: the browser keeps the text
            await(d -> shown("notSaved"));
        } finally {
            database.restore();
        }
        awaitStatus(anonymous, "/health", 200);
        assertEquals(200, anonymous.get("/catalogue.xhtml").statusCode(), "back by itself");
        await(d -> !shown("notSaved")); // the next automatic save went through
        ((JavascriptExecutor) browser.driver()).executeScript("localStorage.clear();");
        openEssay(browser, outage);
        String text = editorText(browser);
        assertTrue(text.contains("Written before the outage and typed during it"), text);
    }

    private static void awaitStatus(Http http, String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (http.get(path).statusCode() != status) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " did not answer " + status + " again");
            }
            Thread.sleep(250);
        }
    }

    static boolean onMariaDb() {
        String url = System.getenv("DB_URL");
        boolean mysql = url != null && url.startsWith("jdbc:mysql:");
        if (!mysql && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI runs the fault tests on MariaDB: set DB_URL");
        }
        return mysql;
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    /** A statement as MariaDB's root over the local socket (the application's user has no global privileges). */
    static void rootSql(String sql) throws Exception {
        Process mysql = new ProcessBuilder("mysql", "-uroot", "-e", sql)
                .redirectErrorStream(true)
                .start();
        String output = new String(mysql.getInputStream().readAllBytes());
        if (mysql.waitFor() != 0) {
            throw new AssertionError("mysql -uroot -e \"" + sql + "\" failed: " + output);
        }
    }
}
