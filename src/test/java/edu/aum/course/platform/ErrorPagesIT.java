package edu.aum.course.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(PayaraServer.class)
public class ErrorPagesIT {

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/no-such-page.xhtml", "/resources/no-such-file.css"})
    void anUnknownPageIsAFriendly404(String path) {
        var response = new Http().get(path);

        assertEquals(404, response.statusCode());
        assertFriendly(response, "en", "error.404.title");
    }

    @Test
    void theBrowsersIconIsThereNotA404() {
        var response = new Http().get("/favicon.ico");

        assertEquals(200, response.statusCode(), "every browser asks for /favicon.ico");
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                response.headers().toString());
    }

    @Test
    void the404PageFollowsTheBrowserLanguage() {
        var response = new Http().get("/no-such-page", "Accept-Language", "ru-RU,ru;q=0.9");

        assertEquals(404, response.statusCode());
        assertFriendly(response, "ru", "error.404.title");
    }

    @Test
    void the404PageFollowsTheChosenLanguageCookie() {
        var response = new Http().get("/no-such-page", "Cookie", "lang=ru");

        assertFriendly(response, "ru", "error.404.title");
    }

    @Test
    void anExceptionInARequestGetsAFriendlyPageWithoutStackTrace() {
        // a form posted with a view state the server never issued: JSF throws, the error page answers
        Http http = new Http();
        http.get("/login.xhtml");
        var response = http.postForm(
                "/login.xhtml",
                Map.of(
                        "login",
                        "login",
                        "login:email",
                        "a@b.c",
                        "login:password",
                        "x",
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        "-123:456"));

        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertFriendly(http.get(location.replaceFirst("^https?://[^/]+", "")), "en", "error.expired.title");
    }

    @Test
    void theErrorPageIsFriendlyInBothLanguages() {
        assertFriendly(new Http().get("/error/500.xhtml"), "en", "error.500.title");
        assertFriendly(new Http().get("/error/500.xhtml", "Accept-Language", "ru"), "ru", "error.500.title");
    }

    @Test
    void aRolePageAsksAnonymousVisitorsToSignIn() {
        var response = new Http().get("/admin/home.xhtml");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void anotherRolesPageAnswers403WithAFriendlyPage() {
        Http student = new Http();
        var signIn = student.signIn("student@demo.edu", "student-demo-1");
        assertEquals(302, signIn.statusCode(), "the student signs in");

        var response = student.get("/admin/home.xhtml", "Accept-Language", "en");

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("<h1 id=\"pageTitle\">"), response.body());
        assertNoStackTrace(response.body());
    }

    @Test
    void theSessionCookieIsHttpOnly() {
        var response = new Http().signIn("student@demo.edu", "student-demo-1");

        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
    }

    @Test
    void theServerDoesNotAdvertiseItself() {
        var response = new Http().get("/login.xhtml");

        assertTrue(response.headers().firstValue("X-Powered-By").isEmpty());
        assertTrue(response.headers().firstValue("Server").isEmpty());
    }

    private static void assertFriendly(HttpResponse<String> response, String language, String titleKey) {
        String body = response.body();
        assertTrue(body.contains("<h1 id=\"pageTitle\">" + Bundle.text(language, titleKey) + "</h1>"), body);
        assertTrue(body.contains("lang=\"" + language + "\""), body);
        assertNoStackTrace(body);
    }

    public static void assertNoStackTrace(String body) {
        assertFalse(STACK_FRAME.matcher(body).find(), body);
        assertFalse(body.contains("Exception:") || body.contains("Caused by"), body);
    }
}
