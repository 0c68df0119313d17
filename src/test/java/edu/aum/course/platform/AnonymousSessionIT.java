package edu.aum.course.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An anonymous visitor who has neither chosen a language nor signed in gets no session (with replication every
 * session would travel the grid): public pages answer without a session cookie, and their forms still work.
 */
@ExtendWith(PayaraServer.class)
class AnonymousSessionIT {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/index.xhtml",
                "/catalogue.xhtml",
                "/login.xhtml",
                "/register.xhtml",
                "/forgot-password.xhtml",
                "/resend-confirmation.xhtml",
                "/nothing-here.xhtml",
                "/verify.xhtml",
                "/verify/AAAA-BBBB-CCCC",
                "/api/v1/certificates/AAAA-BBBB-CCCC",
                "/api/v1/credentials/issuer",
                "/health"
            })
    void aPublicPageMakesNoSession(String path) {
        HttpResponse<String> page = new Http().get(path);
        assertTrue(page.statusCode() < 500, path + ": " + page.statusCode());
        assertEquals(List.of(), sessionCookies(page), path);
    }

    @Test
    void aWrongPasswordOnTheStatelessLoginPageIsRefusedWithItsMessageAndNoSession() {
        HttpResponse<String> refused = new Http().signIn("nobody@demo.edu", "not-the-password-1");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("id=\"login:messages\""), "the login page with its message");
        assertEquals(List.of(), sessionCookies(refused));
    }

    @Test
    void signingInFromTheStatelessLoginPageMakesTheSession() {
        Http http = new Http();
        HttpResponse<String> signedIn = http.signIn("student@demo.edu", "student-demo-1");
        assertEquals(302, signedIn.statusCode());
        assertEquals( // one session: its id, and the version of the distributable session
                1,
                sessionCookies(signedIn).stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .count(),
                sessionCookies(signedIn).toString());
        assertEquals(200, http.get("/student/home.xhtml").statusCode());
    }

    @Test
    void choosingALanguageMayMakeOne() {
        Http http = new Http();
        String page = http.get("/catalogue.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("languageForm", "languageForm");
        form.put("languageForm:ru", "languageForm:ru");
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        HttpResponse<String> chosen = http.postForm("/catalogue.xhtml", form);
        assertTrue(chosen.statusCode() < 400, "status " + chosen.statusCode());
        assertTrue(
                chosen.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("lang=ru")),
                chosen.headers().allValues("Set-Cookie").toString());
        HttpResponse<String> again = http.get("/catalogue.xhtml");
        assertTrue(again.body().contains("lang=\"ru\""), "the catalogue in Russian");
    }

    private static List<String> sessionCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .toList();
    }
}
