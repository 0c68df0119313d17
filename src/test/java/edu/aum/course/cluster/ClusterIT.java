package edu.aum.course.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Cluster;
import edu.aum.course.testsupport.Cluster.Routed;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Three instances behind nginx on a database of their own (Cluster): one grid, a student who works across the
 * instances with round-robin routing, an instance killed (SIGKILL) under a student typing an essay and under a
 * certificate batch, limits that count for the whole cluster, and no session that failed to serialize.
 * The tests run in order on the same cluster and browser: each kill leaves one instance fewer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    @RegisterExtension
    static final Cluster CLUSTER = new Cluster();

    private static final String IVAN = "student2@demo.edu";
    private static final String IVAN_PASSWORD = "student-demo-2";
    private static final String ADMIN = "admin@demo.edu";
    private static final String ADMIN_PASSWORD = "admin-demo-1";
    private static final Pattern DG_SIZE = Pattern.compile("DG Name: (\\S+) DG Size: (\\d+)");

    private static Browser browser;
    private static String essayPath;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.openUnchecked();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theInstancesFormOneGridOfThree() {
        for (int k = 1; k <= Cluster.SIZE; k++) {
            int instance = k;
            await("instance " + k + " sees a grid of three", Duration.ofSeconds(90), () -> {
                Matcher m = DG_SIZE.matcher(CLUSTER.logText(instance));
                String size = null;
                while (m.find()) {
                    assertTrue(m.group(1).startsWith("course-it-"), "the test's own grid: " + m.group(1));
                    size = m.group(2);
                }
                return "3".equals(size);
            });
        }
    }

    @Test
    @Order(2)
    void aStudentKeepsWorkingWhileTheirInstanceIsDrainedAndBack() {
        signIn(IVAN, IVAN_PASSWORD);
        int from = CLUSTER.accessLog().size(); // from here on, every request carries the session
        essayPath = editableEssay();
        type(" round1");
        saveDraft();
        int first = lastSave().instance();
        assertEquals(
                Set.of(first),
                instances(since(from), ClusterIT::carriesTheSession),
                "sticky: one instance for the session");

        CLUSTER.routing("sticky", first); // a drain, as before a deploy
        int second = awaitSessionRoutedAwayFrom(first);
        int moved = CLUSTER.accessLog().size();
        browser.driver().get(CLUSTER.url(essayPath));
        awaitEditor();
        assertTrue(signedIn(), "still signed in on instance " + second);
        assertTrue(editorText().contains("round1"), "the draft saved on instance " + first + ", read on " + second);
        type(" round2");
        saveDraft();
        assertTrue(signedIn(), "still signed in after the ajax save on instance " + second);
        assertEquals(
                Set.of(second), instances(since(moved), ClusterIT::carriesTheSession), "the session moved as a whole");

        CLUSTER.routing("sticky");
        awaitBack(first);
        int back = CLUSTER.accessLog().size();
        browser.driver().get(CLUSTER.url(essayPath));
        awaitEditor();
        assertTrue(editorText().contains("round1 round2"), "the draft after the drain: " + editorText());
        type(" round3");
        saveDraft();
        browser.driver().get(CLUSTER.url(essayPath));
        awaitEditor();
        assertTrue(editorText().contains("round1 round2 round3"), "every save kept: " + editorText());
        assertEquals(1, instances(since(back), ClusterIT::carriesTheSession).size(), "sticky again: " + since(back));
        List<Routed> flow = since(from);
        Set<Integer> ajax =
                instances(flow, r -> r.method().equals("POST") && r.path().startsWith("/student/essay"));
        assertTrue(ajax.size() >= 2, "the ajax saves went to several instances: " + flow);
        assertTrue(flow.stream().noneMatch(r -> r.status() >= 500), "no error: " + flow);
    }

    @Test
    @Order(3)
    void theVerificationLimitHoldsAcrossInstances() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        int from = CLUSTER.accessLog().size();
        long started = System.nanoTime();
        int allowed = 0;
        for (int i = 0; i < 100; i++) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(CLUSTER.url("/api/v1/certificates/AAAA-BBBB-" + i)))
                            .header("X-Forwarded-For", client)
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 429) {
                allowed++;
            }
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        List<Routed> sent =
                CLUSTER.accessLog().subList(from, CLUSTER.accessLog().size());
        assertEquals(Set.of(1, 2, 3), instances(sent, r -> true), "spread over the three instances");
        // 30 at once, refilled at 30 a minute: what the run's own duration adds
        int limit = 30 + (int) Math.ceil(30 * minutes);
        assertTrue(allowed <= limit, allowed + " of 100 passed a limit of 30 a minute (at most " + limit + ")");
    }

    @Test
    @Order(4)
    void killingTheServingInstanceWhileTheStudentTypesLosesNeitherTheSignInNorTheDraft() {
        int from = CLUSTER.accessLog().size();
        browser.driver().get(CLUSTER.url(essayPath));
        awaitEditor();
        type(" saved-before-kill");
        saveDraft();
        int serving = lastSave().instance();
        assertEquals(
                Set.of(serving),
                instances(since(from), ClusterIT::carriesTheSession),
                "sticky: the session's instance");
        type(" typed-just-before");

        CLUSTER.kill(serving);

        from = CLUSTER.accessLog().size();
        leavePage();
        browser.driver().get(CLUSTER.url(essayPath));
        assertTrue(
                signedIn(),
                "still signed in after the kill, on " + browser.driver().getCurrentUrl());
        awaitEditor();
        Routed next = since(from).stream()
                .filter(r -> r.path().startsWith("/student/essay"))
                .findFirst()
                .orElseThrow();
        assertNotEquals(serving, next.instance(), "served by another instance");
        String text = editorText();
        assertTrue(text.contains("round3 saved-before-kill"), "the saved draft is there: " + text);
        // the browser's copy is offered back once essay.js has started, a moment after the editor exists
        assertTrue(
                editorTextSoon("typed-just-before").contains("typed-just-before"),
                "what was typed after the save is there too: " + editorText());
        saveDraft();
        assertTrue(signedIn(), "the next ajax save is signed in too");
    }

    @Test
    @Order(5)
    void aBatchStartedBeforeAKillFinishesExactlyOnceAndMailsOnce() {
        leavePage();
        browser.driver().manage().deleteAllCookies();
        signIn(ADMIN, ADMIN_PASSWORD);
        long offering = pastOffering();
        browser.driver().get(CLUSTER.url("/admin/certificates.xhtml?offering=" + offering));
        browser.find("#choose\\:all").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#choose\\:table .ui-chkbox-box.ui-state-active"))
                        .isEmpty());
        var mailBox = browser.find("#choose\\:mail .ui-chkbox-box");
        if (!mailBox.getAttribute("class").contains("ui-state-active")) {
            mailBox.click();
        }
        browser.find("#choose\\:issue").click();
        browser.find(".ui-confirmdialog-yes").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> d.getCurrentUrl().contains("certificate-batch"));
        long batch = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        // sticky: the instance that took the request creating the batch, and so runs it
        int runner = last(r -> r.method().equals("POST") && r.path().startsWith("/admin/certificates"))
                .instance();
        await("the batch half-way", Duration.ofSeconds(120), () -> count(batch, "ISSUED") >= 1);
        assertTrue(count(batch, "PENDING") >= 1, "caught half-way");

        CLUSTER.kill(runner);

        await(
                "the batch finished on another instance",
                Duration.ofMinutes(3),
                () -> CLUSTER.query("SELECT status FROM certificate_batches WHERE id = " + batch)
                        .equals(List.of("FINISHED")));
        int items = count(batch, null);
        assertEquals(items, count(batch, "ISSUED"), "every item issued");
        assertEquals(
                List.of(),
                CLUSTER.query("SELECT c.enrollment_id FROM certificates c JOIN certificate_batch_items i"
                        + " ON i.enrollment_id = c.enrollment_id WHERE i.batch_id = " + batch
                        + " GROUP BY c.enrollment_id HAVING COUNT(*) <> 1"),
                "one certificate per enrollment");
        List<String> recipients = CLUSTER.query("SELECT u.email FROM certificate_batch_items i"
                + " JOIN enrollments e ON e.id = i.enrollment_id JOIN users u ON u.id = e.student_id"
                + " WHERE i.batch_id = " + batch);
        await(
                "every certificate mail handed to the mail server",
                Duration.ofMinutes(3),
                () -> recipients.stream().allMatch(r -> !certificateMails(r).isEmpty())
                        && CLUSTER.query("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING'")
                                .equals(List.of("0")));
        for (String recipient : recipients) {
            assertEquals(1, certificateMails(recipient).size(), "one certificate mail to " + recipient);
        }
    }

    @Test
    @Order(6)
    void noInstanceFailedToSerializeASession() {
        for (int k = 1; k <= Cluster.SIZE; k++) {
            String log = CLUSTER.logText(k);
            assertFalse(log.contains("Cannot serialize"), "instance " + k + " logged 'Cannot serialize'");
            assertFalse(log.contains("NotSerializableException"), "instance " + k + " logged NotSerializableException");
        }
    }

    // --- the browser through nginx ----------------------------------------------------------------------------

    private static void signIn(String email, String password) {
        browser.driver().get(CLUSTER.url("/login.xhtml"));
        browser.type("#login\\:email", email);
        browser.type("#login\\:password input, input#login\\:password", password);
        browser.clickAndWait("#login\\:submit");
        assertTrue(
                signedIn(),
                email + " signed in through nginx, not on " + browser.driver().getCurrentUrl());
    }

    private static boolean signedIn() {
        return !browser.driver().findElements(By.id("signOutForm:signOut")).isEmpty();
    }

    /** The first essay of the student's that takes a draft now, found through the student's own pages. */
    private static String editableEssay() {
        WebDriver driver = browser.driver();
        driver.get(CLUSTER.url("/student/home.xhtml"));
        for (String enrollment : links(driver.getPageSource(), "essays\\.xhtml\\?enrollment=(\\d+)")) {
            driver.get(CLUSTER.url("/student/essays.xhtml?enrollment=" + enrollment));
            for (String assignment : links(driver.getPageSource(), "essay\\.xhtml\\?assignment=(\\d+)")) {
                String path = "/student/essay.xhtml?assignment=" + assignment;
                driver.get(CLUSTER.url(path));
                if (!driver.findElements(By.cssSelector("#essay\\:editor")).isEmpty()) {
                    awaitEditor();
                    return path;
                }
            }
        }
        throw new AssertionError("No essay open for a draft on " + driver.getPageSource());
    }

    private static List<String> links(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids.stream().distinct().toList();
    }

    private static void awaitEditor() {
        browser.find("#essay\\:editor .ql-editor");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return !!(window.PF && PF('essayEditor') && PF('essayEditor').editor);"));
    }

    /** Types at the end of the editor, key by key, as a student does. */
    private static void type(String text) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("var q = PF('essayEditor').editor; q.focus(); q.setSelection(q.getLength(), 0);");
        browser.find("#essay\\:editor .ql-editor").sendKeys(text);
    }

    private static String editorText() {
        return browser.find("#essay\\:editor .ql-editor").getText();
    }

    /** The editor's text once it contains {@code part}, or as it is after 10 s. */
    private static String editorTextSoon(String part) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> editorText().contains(part));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the caller's assertion says what is missing
        }
        return editorText();
    }

    /** Clicks "Save draft" (ajax) and waits until the page says the server holds the text. */
    private static void saveDraft() {
        browser.find("#essay\\:save").click();
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> !d.findElement(By.id("unsaved")).isDisplayed());
        } catch (org.openqa.selenium.TimeoutException e) {
            var notSaved = browser.driver().findElements(By.id("notSaved"));
            throw new AssertionError("The draft was not confirmed by the server within 60 s (\"not saved\" shown: "
                    + (!notSaved.isEmpty() && notSaved.get(0).isDisplayed()) + "; messages: "
                    + browser.driver().findElements(By.cssSelector(".ui-messages")).stream()
                            .map(m -> m.getText())
                            .collect(Collectors.joining(" | "))
                    + "); requests: " + tail(CLUSTER.accessLog(), 8));
        }
    }

    private static List<Routed> tail(List<Routed> lines, int n) {
        return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }

    private static void leavePage() {
        ((JavascriptExecutor) browser.driver()).executeScript("if (window.EssayPage) { EssayPage.leaving(); }");
    }

    /** Every request nginx has passed on since the log had {@code from} lines. */
    private static List<Routed> since(int from) {
        List<Routed> lines = CLUSTER.accessLog();
        return lines.subList(from, lines.size());
    }

    /** The essay page's word counter sends no cookies (anonymous, spread over the instances); all else does. */
    /**
     * The browser's page and ajax requests. Not the API (no session) and not the /health probes: those are sent by
     * the test itself, with or without the cookie, and nginx may write the last of them to its log only after the
     * test has taken the log's length.
     */
    private static boolean carriesTheSession(Routed request) {
        return !request.path().startsWith("/api/") && !request.path().startsWith("/health");
    }

    private static Routed lastSave() {
        return last(r -> r.method().equals("POST") && r.path().startsWith("/student/essay"));
    }

    /**
     * Waits until nginx's reload has taken: requests with the browser's session cookie (to /health, which does not
     * read the session) all reach one instance other than the drained one; answers that instance.
     */
    private static int awaitSessionRoutedAwayFrom(int drained) {
        HttpClient http = HttpClient.newHttpClient();
        int[] target = {0};
        await("the session routed away from instance " + drained, Duration.ofSeconds(30), () -> {
            List<Routed> probes = probe(http, browser.cookieHeader());
            Set<Integer> reached = instances(probes, r -> true);
            if (probes.size() == 4 && reached.size() == 1 && !reached.contains(drained)) {
                target[0] = reached.iterator().next();
                return true;
            }
            return false;
        });
        return target[0];
    }

    /** Waits until nginx's reload has taken: requests without a session reach the instance back in rotation. */
    private static void awaitBack(int instance) {
        HttpClient http = HttpClient.newHttpClient();
        await(
                "instance " + instance + " back in the rotation",
                Duration.ofSeconds(30),
                () -> instances(probe(http, null), r -> true).contains(instance));
    }

    private static List<Routed> probe(HttpClient http, String cookies) throws Exception {
        int from = CLUSTER.accessLog().size();
        int count = cookies == null ? 12 : 4;
        for (int i = 0; i < count; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(CLUSTER.url("/health")));
            if (cookies != null) {
                request.header("Cookie", cookies);
            }
            http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        }
        return since(from);
    }

    private static long pastOffering() {
        browser.driver().get(CLUSTER.url("/admin/offerings.xhtml"));
        for (String id : links(browser.driver().getPageSource(), "certificates\\.xhtml\\?offering=(\\d+)")) {
            browser.driver().get(CLUSTER.url("/admin/certificates.xhtml?offering=" + id));
            browser.find("#summary");
            if (browser.driver().getPageSource().contains("Павел Лебедев")) {
                return Long.parseLong(id);
            }
        }
        throw new AssertionError("no offering with the demo class");
    }

    // --- what the cluster did -----------------------------------------------------------------------------------

    private static int count(long batch, String status) {
        return Integer.parseInt(CLUSTER.query("SELECT COUNT(*) FROM certificate_batch_items WHERE batch_id = " + batch
                        + (status == null ? "" : " AND status = '" + status + "'"))
                .get(0));
    }

    private static List<MimeMessage> certificateMails(String recipient) {
        return CLUSTER.mail().messagesTo(recipient).stream()
                .filter(ClusterIT::hasAttachment)
                .toList();
    }

    private static boolean hasAttachment(MimeMessage message) {
        try {
            return hasPdf(message.getContent());
        } catch (Exception e) {
            return false;
        }
    }

    /** A certificate mail carries the PDF; other mails to the same student (demo grading) do not. */
    private static boolean hasPdf(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("application/pdf") || hasPdf(part.getContent())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<Integer> instances(List<Routed> lines, java.util.function.Predicate<Routed> which) {
        return lines.stream().filter(which).map(Routed::instance).collect(Collectors.toSet());
    }

    private static Routed last(java.util.function.Predicate<Routed> which) {
        List<Routed> lines = CLUSTER.accessLog();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (which.test(lines.get(i))) {
                return lines.get(i);
            }
        }
        throw new AssertionError("no such request in nginx's log");
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls the condition (never a fixed sleep); fails after the timeout. */
    private static void await(String what, Duration timeout, Condition condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Not within " + timeout + ": " + what, last);
    }
}
