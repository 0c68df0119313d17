package edu.aum.course.grading;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.CspNonces;
import edu.aum.course.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** What the grading tests do through the screens (browser) and through JSF posts (plain HTTP, for races). */
final class GradingScreens {

    static final String ADMIN = "admin@demo.edu";
    static final String ADMIN_PASSWORD = "admin-demo-1";
    static final String INSTRUCTOR = "instructor@demo.edu";
    static final String INSTRUCTOR_PASSWORD = "instructor-demo-1";
    static final String INSTRUCTOR2 = "instructor2@demo.edu";
    static final String INSTRUCTOR2_PASSWORD = "instructor-demo-2";
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Pattern ID = Pattern.compile("[?&](?:id|offering)=(\\d+)");

    private GradingScreens() {}

    static String unique(String prefix) {
        return prefix
                + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase()
                + SERIAL.incrementAndGet();
    }

    static void signInAs(Browser browser, String email, String password) {
        ((JavascriptExecutor) browser.driver()).executeScript("if (window.EssayPage) { EssayPage.leaving(); }");
        browser.driver().manage().deleteAllCookies();
        browser.signIn(email, password);
    }

    /** The signed-in administrator creates a course and an offering open for enrollment; answers its id. */
    static long createOffering(Browser browser, String code) {
        LocalDate today = LocalDate.now(ZONE);
        browser.go("/admin/course.xhtml");
        browser.type("#course\\:code", code);
        browser.type("#course\\:titleEn", "Grading test course " + code);
        browser.type("#course\\:titleRu", "Курс для проверки оценивания " + code);
        browser.type("#course\\:descriptionEn", "A course the grading tests create.");
        browser.type("#course\\:descriptionRu", "Курс, который создают тесты оценивания.");
        browser.clickAndWait("#course\\:save");
        browser.clickAndWait("#course\\:newOffering");
        browser.type("#offering\\:startsOn_input", today.toString());
        browser.type("#offering\\:endsOn_input", today.plusDays(90).toString());
        browser.type("#offering\\:opensOn_input", today.minusDays(1).toString());
        browser.type("#offering\\:closesOn_input", today.plusDays(30).toString());
        browser.clickAndWait("#offering\\:save");
        return idIn(browser.driver().getCurrentUrl());
    }

    static LocalDateTime at(Duration fromNow) {
        return LocalDateTime.now(ZONE).plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
    }

    /** An assignment open now (due in three days), 5 to 60 words; answers its id. */
    static long createAssignment(Browser browser, long offering, String title) {
        browser.go("/staff/assignment.xhtml?offering=" + offering);
        browser.type("#assignment\\:titleEn", title);
        browser.type("#assignment\\:titleRu", "Эссе " + title);
        browser.type("#assignment\\:promptEn", "Discuss: " + title);
        browser.type("#assignment\\:promptRu", "Обсудите: " + title);
        browser.type("#assignment\\:opensAt_input", MINUTES.format(at(Duration.ofDays(-1))));
        browser.type("#assignment\\:dueAt_input", MINUTES.format(at(Duration.ofDays(3))));
        browser.type("#assignment\\:cutoffAt_input", MINUTES.format(at(Duration.ofDays(4))));
        browser.type("#assignment\\:minWords", "5");
        browser.type("#assignment\\:maxWords", "60");
        browser.clickAndWait("#assignment\\:save");
        String href = browser.driver()
                .findElement(
                        By.xpath("//tr[.//span[text()='" + title + "']]" + "//a[contains(@href,'assignment.xhtml')]"))
                .getAttribute("href");
        return idIn(href);
    }

    static void enroll(Browser browser, long offering) {
        browser.go("/student/enroll.xhtml?offering=" + offering);
        browser.type("#enroll\\:otherName", unique("Grading Test University "));
        browser.find("label[for='enroll:otherCountry:1']").click();
        browser.type("#enroll\\:studentNumber", "GT-1");
        browser.clickAndWait("#enroll\\:submit");
    }

    /** The signed-in student submits the text (HTML) for the assignment through the essay page. */
    static void submitEssay(Browser browser, long assignment, String html) {
        browser.go("/student/essay.xhtml?assignment=" + assignment);
        browser.find("#essay\\:editor .ql-editor");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> (Boolean) ((JavascriptExecutor) d)
                        .executeScript("return !!(window.PF && PF('essayEditor') && PF('essayEditor').editor);"));
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var q = PF('essayEditor').editor; q.setText(''); q.clipboard.dangerouslyPasteHTML(arguments[0]);",
                        html);
        if (!browser.driver().findElement(By.id("essay:integrity_input")).isSelected()) {
            browser.find("#essay\\:integrity .ui-chkbox-box").click();
        }
        ((JavascriptExecutor) browser.driver()).executeScript("EssayPage.leaving();");
        browser.clickAndWait("#essay\\:submit");
        if (!browser.path().equals("/student/receipt.xhtml")) {
            throw new AssertionError("Not submitted: " + browser.driver().getPageSource());
        }
    }

    static long idIn(String url) {
        Matcher id = ID.matcher(url);
        if (!id.find()) {
            throw new AssertionError("No id in " + url);
        }
        return Long.parseLong(id.group(1));
    }

    /** The rows of the queue page's table (not the filters above it, whose menus name the assignments too). */
    static List<String> queueRows(String queuePage) {
        int body = queuePage.indexOf("id=\"queue:table_data\"");
        if (body < 0) {
            throw new AssertionError("No queue table in " + queuePage);
        }
        String rows = queuePage.substring(body);
        int end = rows.indexOf("</tbody>");
        return List.of((end < 0 ? rows : rows.substring(0, end)).split("<tr "));
    }

    /** The id of the review in the queue page's row that mentions all of the texts (e.g. a name and a title). */
    static long reviewIn(String queuePage, String... texts) {
        for (String row : queueRows(queuePage)) {
            boolean all = true;
            for (String text : texts) {
                all &= row.contains(text);
            }
            Matcher review = Pattern.compile("review=(\\d+)").matcher(row);
            if (all && review.find()) {
                return Long.parseLong(review.group(1));
            }
        }
        throw new AssertionError("No queue row with " + String.join(", ", texts));
    }

    /** A JSF page loaded over plain HTTP, whose buttons are then posted as the browser's ajax would. */
    record Page(Http http, String path, String html) {
        static Page open(Http http, String path) {
            HttpResponse<String> response = http.get(path);
            if (response.statusCode() != 200) {
                throw new AssertionError(path + ": " + response.statusCode());
            }
            return new Page(http, path, response.body());
        }

        /** Posts a button of a form by ajax, with extra fields; answers the partial response. */
        String ajax(String form, String button, Map<String, String> fields) {
            Map<String, String> post = new LinkedHashMap<>();
            post.put("jakarta.faces.partial.ajax", "true");
            post.put("jakarta.faces.source", button);
            post.put("jakarta.faces.partial.execute", form);
            post.put("jakarta.faces.partial.render", form);
            post.put(button, button);
            post.put(form, form);
            post.putAll(fields);
            post.put("jakarta.faces.ViewState", Http.viewState(html));
            return http.postForm(path, post).body();
        }

        /** The names of the page's radio groups with their first (top) value each: the rubric's best levels. */
        Map<String, String> topLevels() {
            Map<String, String> levels = new LinkedHashMap<>();
            Matcher radio = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>").matcher(html);
            while (radio.find()) {
                Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(radio.group());
                Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(radio.group());
                if (name.find() && value.find()) {
                    levels.putIfAbsent(name.group(1), value.group(1));
                }
            }
            return levels;
        }
    }

    static Http signedIn(String email, String password) {
        Http http = new Http();
        if (http.signIn(email, password).statusCode() != 302) {
            throw new AssertionError("Sign-in failed for " + email);
        }
        return http;
    }

    /** A browser-less session that can post a field more than once (a many-checkbox), which Http's map cannot. */
    static final class Session {
        private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();

        static Session signedIn(String email, String password) {
            Session session = new Session();
            String login = session.get("/login.xhtml");
            session.post(
                    "/login.xhtml",
                    "login=login&login%3Aemail=" + encode(email) + "&login%3Apassword=" + encode(password)
                            + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(Http.viewState(login)));
            return session;
        }

        String get(String path) {
            return send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(edu.aum.course.testsupport.PayaraServer.url(path)))
                    .GET()
                    .build());
        }

        String post(String path, String form) {
            java.util.regex.Matcher state =
                    Pattern.compile("jakarta.faces.ViewState=([^&]+)").matcher(form);
            String nonce = state.find()
                    ? nonces.of(java.net.URLDecoder.decode(state.group(1), java.nio.charset.StandardCharsets.UTF_8))
                    : null;
            String body = nonce == null || form.contains(CspNonces.PARAMETER)
                    ? form
                    : form + "&" + CspNonces.PARAMETER + "=" + encode(nonce); // as PrimeFaces' script adds it
            return send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(edu.aum.course.testsupport.PayaraServer.url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }

        private String lastLocation;

        private final CspNonces nonces = new CspNonces();

        /** Where the last answer redirected to (null: it did not). */
        String lastLocation() {
            return lastLocation;
        }

        private String send(java.net.http.HttpRequest request) {
            try {
                var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                lastLocation = response.headers().firstValue("Location").orElse(null);
                nonces.remember(response.body());
                return response.body();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static String encode(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
