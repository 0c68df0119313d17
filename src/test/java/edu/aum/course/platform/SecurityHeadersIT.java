package edu.aum.course.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.ContentSecurity;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/** Issue 13, items 8 to 10: headers, cookies, cross-site posts, redirects under a forged Host, what is not public. */
@ExtendWith(PayaraServer.class)
class SecurityHeadersIT {

    private static final String EVIL = "http://evil.example";
    private static final Pattern SERVER_NAMES =
            Pattern.compile("(?i)payara|glassfish|grizzly|jersey|mojarra|6\\.20\\d\\d");

    @Test
    void aPublicPageCarriesEveryHeaderAndANoncedPolicyWithoutInlineScripts() {
        HttpResponse<String> page = new Http().get("/login.xhtml");

        assertEquals(200, page.statusCode());
        assertSecurityHeaders(page.headers());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?"), policy);
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the header's nonce");
        assertFalse(
                page.body().matches("(?s).*\\son[a-z]+=\"[^\"]*\".*"), "no inline event handler is left in the page");
        assertFalse(page.body().contains("javascript:"), page.body());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only for an https site");
    }

    @Test
    void aSignedInPageIsNeverStored() {
        Http student = new Http();
        assertEquals(302, student.signIn("student@demo.edu", "student-demo-1").statusCode());

        HttpResponse<String> home = student.get("/student/home.xhtml");

        assertEquals(200, home.statusCode());
        assertSecurityHeaders(home.headers());
        assertTrue(home.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void aDownloadOfPersonalDataIsNeverStored() {
        Http partner = new Http();
        assertEquals(302, partner.signIn("partner@demo.edu", "partner-demo-1").statusCode());

        HttpResponse<String> csv = partner.get("/partner/students.csv");

        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertSecurityHeaders(csv.headers());
        assertTrue(csv.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void theApiCarriesTheHeadersAndIsOpenToOtherSitesAndToServersWithoutOrigin() {
        Http http = new Http();
        HttpResponse<String> counted = http.send("POST", "/api/v1/word-count", "text/plain", "two words");
        HttpResponse<String> fromElsewhere = http.send(
                "POST",
                "/api/v1/word-count",
                "text/plain",
                "three more words",
                "Origin",
                EVIL,
                "Sec-Fetch-Site",
                "cross-site");

        assertEquals(200, counted.statusCode(), counted.body());
        assertSecurityHeaders(counted.headers());
        assertTrue(counted.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertEquals(200, fromElsewhere.statusCode(), "the API reads no cookie: nothing to forge");
        assertTrue(fromElsewhere.body().contains("3"), fromElsewhere.body());
    }

    @Test
    void staticResourcesMayBeCachedButStillCarryTheHeaders() {
        HttpResponse<String> css = new Http().get("/jakarta.faces.resource/css/app.css.xhtml");

        assertEquals(200, css.statusCode());
        assertSecurityHeaders(css.headers());
        assertFalse(css.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void theSessionCookiesAreHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
        HttpResponse<String> signedIn = new Http().signIn("student@demo.edu", "student-demo-1");

        List<String> cookies = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .toList();
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), cookies.toString());
        for (String cookie : cookies) { // JSESSIONID and the distributable session's JSESSIONIDVERSION
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
            assertFalse(cookie.toLowerCase().contains("secure"), "PUBLIC_BASE_URL is http here: " + cookie);
        }
    }

    @Test
    void aCrossSitePostIsRefusedWithAClearPageAndDoesNothing() {
        Http victim = new Http();
        HttpResponse<String> forged = victim.signIn("student@demo.edu", "student-demo-1", "Origin", EVIL);

        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains(Bundle.text("en", "error.crossSite.title")), forged.body());
        assertSecurityHeaders(forged.headers());
        assertEquals(302, victim.get("/student/home.xhtml").statusCode(), "not signed in: sent to the login page");

        Http noOrigin = new Http();
        HttpResponse<String> fetched =
                noOrigin.signIn("student@demo.edu", "student-demo-1", "Sec-Fetch-Site", "cross-site");
        assertEquals(403, fetched.statusCode(), "without Origin the browser's Sec-Fetch-Site decides");
    }

    @Test
    void aPostFromThisSiteOrFromNoBrowserWorks() {
        Http sameSite = new Http();
        HttpResponse<String> signIn = sameSite.signIn(
                "student@demo.edu", "student-demo-1", "Origin", PayaraServer.url(""), "Sec-Fetch-Site", "same-origin");
        assertEquals(302, signIn.statusCode(), signIn.body());
        assertEquals(200, sameSite.get("/student/home.xhtml").statusCode());

        Http script = new Http();
        assertEquals(302, script.signIn("student@demo.edu", "student-demo-1").statusCode(), "no Origin: not a browser");
    }

    @Test
    void redirectsPointAtThePublicAddressWhateverTheHostHeaderSays() {
        String site = PayaraServer.url("");
        Map<String, String> locations = new LinkedHashMap<>();
        for (String path : List.of("/admin/home.xhtml", "/verify/", "/student/certificate.pdf?serial=x")) {
            Http.Raw answer = Http.raw("GET " + path + " HTTP/1.0\r\nHost: evil.example");
            assertEquals(302, answer.status(), path + ": " + answer.headers());
            locations.put(path, answer.header("Location"));
        }

        locations.forEach((path, location) -> assertTrue(location.startsWith(site + "/"), path + " -> " + location));
        assertEquals(site + "/login.xhtml", locations.get("/admin/home.xhtml"));
    }

    private static void keep(Map<String, String> cookies, Http.Raw response) {
        for (String set : response.headers().getOrDefault("set-cookie", List.of())) {
            String pair = set.replaceFirst(";.*", "");
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    @Test
    void afterSignInTheRedirectBackToTheAskedPageIsOnThePublicAddressToo() {
        Http.Raw asked = Http.raw("GET /admin/users.xhtml HTTP/1.0\r\nHost: evil.example");
        Map<String, String> cookies =
                new LinkedHashMap<>(); // JSESSIONID and JSESSIONIDVERSION, as a browser keeps them
        keep(cookies, asked);
        assertTrue(cookies.containsKey("JSESSIONID"), asked.headers().toString());
        Http.Raw login =
                Http.raw("GET /login.xhtml HTTP/1.0\r\nHost: evil.example\r\nCookie: " + cookieHeader(cookies));
        keep(cookies, login);
        String session = cookieHeader(cookies);
        String form = "login=login&login%3Aemail=admin%40demo.edu&login%3Apassword=admin-demo-1&login%3Asubmit=&"
                + "jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(Http.viewState(login.body()), java.nio.charset.StandardCharsets.UTF_8);

        Http.Raw signedIn = Http.raw(
                "POST /login.xhtml HTTP/1.0\r\nHost: evil.example\r\nCookie: " + session
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length(),
                form);

        assertEquals(302, signedIn.status(), signedIn.body());
        assertEquals(PayaraServer.url("/admin/users.xhtml"), signedIn.header("Location"));
    }

    @Test
    void metricsAndTheWadlAreNotPublicButHealthIs() {
        Http http = new Http();
        HttpResponse<String> metrics = http.get("/metrics");
        HttpResponse<String> wadl = http.get("/api/application.wadl");
        HttpResponse<String> options = http.send("OPTIONS", "/api/v1/word-count", null, "");

        assertNotEquals(200, metrics.statusCode(), metrics.body());
        assertFalse(metrics.body().contains("base_") || metrics.body().contains("jvm_"), metrics.body());
        assertEquals(404, wadl.statusCode(), wadl.body());
        assertFalse(wadl.body().contains("wadl") || options.body().contains("wadl"), options.body());
        assertEquals(200, http.get("/health").statusCode());
    }

    @Test
    void noErrorAnswerNamesTheServerOrItsVersion() {
        Http http = new Http();
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("404 page", http.get("/no-such-page.xhtml"));
        answers.put("404 file", http.get("/no-such-file"));
        answers.put("404 api", http.get("/api/v1/no-such-thing"));
        answers.put("405 page", http.send("PUT", "/verify/1111-2222-3333", "text/plain", "x"));
        answers.put("405 api", http.send("DELETE", "/api/v1/word-count", null, ""));
        answers.put("415 api", http.send("POST", "/api/v1/word-count", "application/xml", "<a/>"));
        answers.put("500 page", http.get("/error/500.xhtml"));
        answers.put("403 metrics", http.get("/metrics"));

        assertEquals(404, answers.get("404 page").statusCode());
        assertEquals(405, answers.get("405 page").statusCode());
        assertEquals(405, answers.get("405 api").statusCode());
        assertEquals(415, answers.get("415 api").statusCode());
        assertTrue(answers.get("405 page").body().contains(Bundle.text("en", "error.other.title")));
        assertTrue(answers.get("415 api")
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .contains("problem+json"));
        answers.forEach((what, answer) -> {
            assertFalse(SERVER_NAMES.matcher(answer.body()).find(), what + ": " + answer.body());
            assertFalse(SERVER_NAMES.matcher(answer.headers().map().toString()).find(), what + ": " + answer.headers());
            assertTrue(answer.headers().firstValue("Server").isEmpty(), what);
            assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), what);
            ErrorPagesIT.assertNoStackTrace(answer.body());
        });
        // what the server answers before the application sees the request
        for (String head : List.of(
                "GET /login.xhtml?x=%zz HTTP/1.0\r\nHost: 127.0.0.1",
                "GET /login.xhtml HTTP/1.1", "GET /a b c HTTP/1.1\r\nHost: 127.0.0.1")) {
            Http.Raw early = Http.raw(head);
            assertFalse(SERVER_NAMES.matcher(early.body() + early.headers()).find(), head + ": " + early.body());
        }
    }

    @Test
    void theOtherErrorPageSpeaksRussianToo() {
        HttpResponse<String> answer =
                new Http().send("PUT", "/verify/1111-2222-3333", "text/plain", "x", "Accept-Language", "ru");

        assertEquals(405, answer.statusCode());
        assertTrue(answer.body().contains(Bundle.text("ru", "error.other.title")), answer.body());
    }

    @Test
    void theBrowserCheckCatchesAScriptThePolicyRefusesAndTheLanguageSwitchWorksUnderIt() {
        try (Browser browser = Browser.open()) {
            browser.go("/no-such-page.xhtml");
            browser.switchLanguage("ru");
            assertEquals("ru", browser.language(), "the error page's language switch runs under the policy");

            ((JavascriptExecutor) browser.driver())
                    .executeScript("var s = document.createElement('script'); s.textContent = 'window.x = 1;';"
                            + "document.body.appendChild(s);");
            List<String> violations = ContentSecurity.violations(browser.driver());

            assertEquals(1, violations.size(), violations.toString());
            assertTrue(violations.get(0).contains("script-src"), violations.get(0));
        }
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), policy);
        assertEquals(1, headers.allValues("Content-Security-Policy").size(), "one policy, not two to intersect");
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""));
        assertNull(headers.firstValue("X-Powered-By").orElse(null));
    }
}
