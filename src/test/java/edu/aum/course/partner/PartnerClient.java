package edu.aum.course.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.testsupport.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the partner tests do over plain HTTP: sign in, post the JSF forms, call the API. */
final class PartnerClient {

    static final String MSU_STAFF = "partner@demo.edu";
    static final String MSU_STAFF_PASSWORD = "partner-demo-1";
    static final String MEPHI_STAFF = "partner2@demo.edu";
    static final String MEPHI_STAFF_PASSWORD = "partner-demo-2";
    static final String ADMIN = "admin@demo.edu";
    static final String ADMIN_PASSWORD = "admin-demo-1";
    static final String ENROLLMENTS = "/api/v1/partner/enrollments";

    private static final Pattern ENROLLMENT_LINK = Pattern.compile("student\\.xhtml\\?enrollment=(\\d+)");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([^<]+)<");
    private static final Pattern LANG = Pattern.compile("<html[^>]*\\blang=\"([a-z]{2})\"");

    private PartnerClient() {}

    static Http signedIn(String email, String password) {
        Http http = new Http();
        assertEquals(302, http.signIn(email, password).statusCode(), "signed in as " + email);
        return http;
    }

    /** The ids of the enrollments linked from a page of the partner screens. */
    static List<Long> enrollmentIds(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = ENROLLMENT_LINK.matcher(page);
        while (matcher.find()) {
            ids.add(Long.valueOf(matcher.group(1)));
        }
        return ids;
    }

    static String language(String page) {
        Matcher matcher = LANG.matcher(page);
        return matcher.find() ? matcher.group(1) : "en";
    }

    /** Partner staff make a token on their screen; answers the secret shown once. */
    static String createToken(Http staff, String name) {
        String page = staff.get("/partner/tokens.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("tokens", "tokens");
        form.put("tokens:name", name);
        form.put("tokens:create", "");
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        String answer = staff.postForm("/partner/tokens.xhtml", form).body();
        Matcher matcher = SECRET.matcher(answer);
        if (!matcher.find()) {
            throw new AssertionError("No token shown after creating one: " + answer);
        }
        return matcher.group(1).strip();
    }

    /** Clicks the revoke button of the token with this name on a tokens page (partner's or admin's). */
    static String revokeToken(Http http, String pagePath, String name) {
        String page = http.get(pagePath).body();
        int at = page.indexOf(name);
        Matcher button = Pattern.compile("id=\"(tokens:table:\\d+:revoke)\"").matcher(page);
        if (at < 0 || !button.find(at)) {
            throw new AssertionError("No revoke button for " + name + " on " + pagePath);
        }
        return ajax(http, pagePath, page, "tokens", button.group(1));
    }

    /** A PrimeFaces ajax click, as the browser posts it; answers the partial response. */
    static String ajax(Http http, String pagePath, String page, String formId, String sourceId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", sourceId);
        form.put("jakarta.faces.partial.execute", sourceId);
        form.put("jakarta.faces.partial.render", formId);
        form.put(sourceId, sourceId);
        form.put(formId, formId);
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        HttpResponse<String> response = http.postForm(pagePath, form);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** A non-ajax post of a form with its fields and the button pressed. */
    static HttpResponse<String> submit(
            Http http, String pagePath, String formId, String buttonId, Map<String, String> fields) {
        String page = http.get(pagePath).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(buttonId, "");
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        return http.postForm(pagePath, form);
    }

    private static final Http API = new Http();

    static HttpResponse<String> api(String path, String token) {
        return token == null ? API.get(path) : API.get(path, "Authorization", "Bearer " + token);
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The sourcedIds of a page of the API. */
    static List<Long> ids(JsonObject page) {
        return page.getJsonArray("enrollments").getValuesAs(JsonObject.class).stream()
                .map(e -> Long.valueOf(e.getString("sourcedId")))
                .toList();
    }
}
