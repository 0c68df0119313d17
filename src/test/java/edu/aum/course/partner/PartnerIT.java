package edu.aum.course.partner;

import static edu.aum.course.partner.PartnerClient.ADMIN;
import static edu.aum.course.partner.PartnerClient.ADMIN_PASSWORD;
import static edu.aum.course.partner.PartnerClient.ENROLLMENTS;
import static edu.aum.course.partner.PartnerClient.MEPHI_STAFF;
import static edu.aum.course.partner.PartnerClient.MEPHI_STAFF_PASSWORD;
import static edu.aum.course.partner.PartnerClient.MSU_STAFF;
import static edu.aum.course.partner.PartnerClient.MSU_STAFF_PASSWORD;
import static edu.aum.course.partner.PartnerClient.api;
import static edu.aum.course.partner.PartnerClient.enrollmentIds;
import static edu.aum.course.partner.PartnerClient.ids;
import static edu.aum.course.partner.PartnerClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.partner.control.TokenSecrets;
import edu.aum.course.platform.ErrorPagesIT;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Partner staff of two universities (the demo's MSU and MEPhI) see exactly their own students on the
 * screens, in the CSV and through the API, also when they guess the ids of the other's; tokens are made
 * and revoked on the screens and stored hashed; paging and filters; consent hides grades; disputes reach
 * the administrators.
 */
@ExtendWith(PayaraServer.class)
class PartnerIT {

    private static final List<String> MSU_STUDENTS = List.of("Ольга Морозова", "Дмитрий Волков", "Kate Wilson");
    private static final List<String> MEPHI_STUDENTS = List.of("Алексей Новиков", "Мария Лебедева");

    private static Http msu;
    private static Http mephi;
    private static String msuToken;
    private static String mephiToken;
    private static List<Long> msuIds;
    private static List<Long> mephiIds;

    @BeforeAll
    static void signIn() {
        msu = PartnerClient.signedIn(MSU_STAFF, MSU_STAFF_PASSWORD);
        mephi = PartnerClient.signedIn(MEPHI_STAFF, MEPHI_STAFF_PASSWORD);
        msuToken = PartnerClient.createToken(msu, "MSU registrar " + System.nanoTime());
        mephiToken = PartnerClient.createToken(mephi, "MEPhI sync " + System.nanoTime());
        msuIds = enrollmentIds(msu.get("/partner/enrollments.xhtml").body());
        mephiIds = enrollmentIds(mephi.get("/partner/enrollments.xhtml").body());
    }

    @Test
    void eachUniversitysStaffSeeOnlyTheirOwnStudentsOnTheScreensAndInTheCsv() {
        String msuPage = msu.get("/partner/enrollments.xhtml").body();
        String mephiPage = mephi.get("/partner/enrollments.xhtml").body();

        MSU_STUDENTS.forEach(name -> assertTrue(msuPage.contains(name), name));
        MEPHI_STUDENTS.forEach(name -> assertFalse(msuPage.contains(name), name));
        MEPHI_STUDENTS.forEach(name -> assertTrue(mephiPage.contains(name), name));
        MSU_STUDENTS.forEach(name -> assertFalse(mephiPage.contains(name), name));
        assertFalse(msuIds.isEmpty());
        assertFalse(mephiIds.isEmpty());
        assertTrue(msuIds.stream().noneMatch(mephiIds::contains));

        String csv = msu.get("/partner/students.csv").body();
        MSU_STUDENTS.forEach(name -> assertTrue(csv.contains(name), name));
        MEPHI_STUDENTS.forEach(name -> assertFalse(csv.contains(name), name));
    }

    @Test
    void guessingAnotherUniversitysEnrollmentOnTheDetailPageShowsNothingOfIt() {
        List<Long> guesses = new ArrayList<>(mephiIds);
        guesses.add(987_654_321L); // one that does not exist gets the same answer: no hint which it was
        for (long id : guesses) {
            var response = msu.get("/partner/student.xhtml?enrollment=" + id);
            assertEquals(404, response.statusCode(), "enrollment " + id);
            String page = response.body();
            String language = PartnerClient.language(page);
            assertTrue(page.contains(Bundle.text(language, "error.404.text")), "enrollment " + id);
            MEPHI_STUDENTS.forEach(name -> assertFalse(page.contains(name), name));
            assertFalse(page.contains("id=\"affiliation\""), "no form to confirm or dispute");
        }
        String own =
                msu.get("/partner/student.xhtml?enrollment=" + msuIds.get(0)).body();
        assertFalse(
                own.contains(Bundle.text(PartnerClient.language(own), "enrollment.notFound")),
                "its own student is shown");
        assertTrue(own.contains("id=\"affiliation\""), "with the form to confirm or dispute");
        ErrorPagesIT.assertNoStackTrace(
                msu.get("/partner/student.xhtml?enrollment=abc").body());
    }

    @Test
    void theApiAnswersEachTokenWithItsOwnUniversitysEnrollmentsAndAnotherOnesIs404() {
        JsonObject msuAll = json(api(ENROLLMENTS + "?limit=200", msuToken));
        JsonObject mephiAll = json(api(ENROLLMENTS + "?limit=200", mephiToken));

        // the screen shows its first page (25 rows); the API, asked for 200, lists them all
        assertTrue(Set.copyOf(ids(msuAll)).containsAll(msuIds), "the API lists what the screen lists");
        assertEquals(msuAll.getInt("total"), ids(msuAll).size());
        assertTrue(java.util.Collections.disjoint(ids(msuAll), mephiIds), "no MEPhI enrollment in MSU's list");
        assertEquals(Set.copyOf(mephiIds), Set.copyOf(ids(mephiAll)));
        String msuBody = msuAll.toString();
        MEPHI_STUDENTS.forEach(name -> assertFalse(msuBody.contains(name), name));

        for (long id : mephiIds) {
            HttpResponse<String> guessed = api(ENROLLMENTS + "/" + id, msuToken);
            assertEquals(404, guessed.statusCode(), "enrollment " + id);
            assertEquals(
                    "application/problem+json",
                    guessed.headers().firstValue("Content-Type").orElse(""));
            assertEquals(404, json(guessed).getInt("status"));
            assertEquals(200, api(ENROLLMENTS + "/" + id, mephiToken).statusCode());
        }
        assertEquals(404, api(ENROLLMENTS + "/99999999", msuToken).statusCode(), "unknown looks the same");

        JsonObject one = json(api(ENROLLMENTS + "/" + msuIds.get(0), msuToken));
        assertEquals(String.valueOf(msuIds.get(0)), one.getString("sourcedId"));
        assertEquals("student", one.getString("role"));
        assertNotNull(one.getString("dateLastModified"));
        assertEquals("USRR-101", one.getJsonObject("class").getString("courseCode"));
        assertTrue(one.getJsonObject("user").containsKey("identifier"));
        assertTrue(one.getJsonObject("progress").containsKey("essaysPassed"));
        assertTrue(one.containsKey("essays"));
    }

    @Test
    void pagesAreDisjointAndCoverTheListAndFiltersNarrowIt() {
        JsonObject all = json(api(ENROLLMENTS + "?limit=200", msuToken));
        long total = all.getJsonNumber("total").longValue();
        assertTrue(total >= 5, "the demo has five MSU enrollments");

        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 2) {
            HttpResponse<String> response = api(ENROLLMENTS + "?limit=2&offset=" + offset, msuToken);
            assertEquals(
                    String.valueOf(total),
                    response.headers().firstValue("X-Total-Count").orElse(""));
            List<Long> page = ids(json(response));
            assertTrue(page.size() <= 2);
            paged.addAll(page);
        }
        assertEquals(ids(all), paged, "consecutive pages, in order, nothing twice");
        assertEquals(new HashSet<>(paged).size(), paged.size());

        JsonObject withdrawn = json(api(ENROLLMENTS + "?status=withdrawn", msuToken));
        assertTrue(withdrawn.toString().contains("Kate Wilson"));
        withdrawn
                .getJsonArray("enrollments")
                .getValuesAs(JsonObject.class)
                .forEach(e -> assertEquals("withdrawn", e.getString("status")));

        String pastOffering = pastOfferingOf(all, "Дмитрий Волков");
        JsonObject past = json(api(ENROLLMENTS + "?offering=" + pastOffering, msuToken));
        assertFalse(past.getJsonArray("enrollments").isEmpty());
        past.getJsonArray("enrollments")
                .getValuesAs(JsonObject.class)
                .forEach(
                        e -> assertEquals(pastOffering, e.getJsonObject("class").getString("sourcedId")));

        assertEquals(
                0,
                json(api(ENROLLMENTS + "?updatedSince=2999-01-01T00:00:00Z", msuToken))
                        .getInt("total"));
        assertEquals(
                total,
                json(api(ENROLLMENTS + "?updatedSince=2000-01-01", msuToken))
                        .getJsonNumber("total")
                        .longValue());

        for (String bad : List.of(
                "?limit=0", "?limit=500", "?offset=-1", "?status=gone", "?updatedSince=yesterday", "?offering=x")) {
            HttpResponse<String> response = api(ENROLLMENTS + bad, msuToken);
            assertEquals(400, response.statusCode(), bad);
            assertEquals(400, json(response).getInt("status"), bad);
        }
    }

    /** The class sourcedId of a student's enrollment in a class that began before today. */
    private static String pastOfferingOf(JsonObject page, String name) {
        String today = java.time.LocalDate.now().toString();
        return page.getJsonArray("enrollments").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("user").getString("name").equals(name))
                .map(e -> e.getJsonObject("class"))
                .filter(c -> c.getString("beginDate").compareTo(today) < 0)
                .map(c -> c.getString("sourcedId"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no past enrollment of " + name));
    }

    @Test
    void noWrongOrRevokedTokenOpensTheApiAndTokensAreStoredHashed() throws Exception {
        HttpResponse<String> none = api(ENROLLMENTS, null);
        assertEquals(401, none.statusCode());
        assertEquals(
                "application/problem+json",
                none.headers().firstValue("Content-Type").orElse(""));
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, json(none).getInt("status"));
        assertEquals(401, api(ENROLLMENTS, TokenSecrets.generate()).statusCode(), "a well-formed stranger");
        assertEquals(
                401,
                new Http()
                        .get(ENROLLMENTS, "Authorization", "Basic " + msuToken)
                        .statusCode());

        String name = "Short-lived " + System.nanoTime();
        String token = PartnerClient.createToken(msu, name);
        assertEquals(200, api(ENROLLMENTS, token).statusCode());
        String tokensPage = msu.get("/partner/tokens.xhtml").body();
        assertTrue(tokensPage.contains(name));
        assertFalse(tokensPage.contains(token), "the secret is shown once only");
        assertTrue(tokensPage.contains(token.substring(0, 12)), "its hint stays");
        String row =
                tokensPage.substring(tokensPage.indexOf(name), tokensPage.indexOf("</tr>", tokensPage.indexOf(name)));
        assertFalse(
                row.contains(Bundle.text(PartnerClient.language(tokensPage), "partner.tokens.never")),
                "its last use is shown: " + row);

        String stored = awaitStored(TokenSecrets.hash(token));
        assertFalse(stored.contains(token), "the secret itself is not in the database");
        assertFalse(stored.contains(token.substring(12)), "nor its secret part");

        PartnerClient.revokeToken(msu, "/partner/tokens.xhtml", name);
        HttpResponse<String> revoked = api(ENROLLMENTS, token);
        assertEquals(401, revoked.statusCode());
        assertEquals(401, json(revoked).getInt("status"));

        String adminRevokes = "Admin revokes " + System.nanoTime();
        String other = PartnerClient.createToken(mephi, adminRevokes);
        assertEquals(200, api(ENROLLMENTS, other).statusCode());
        Http admin = PartnerClient.signedIn(ADMIN, ADMIN_PASSWORD);
        assertTrue(admin.get("/admin/partner-tokens.xhtml").body().contains(adminRevokes));
        PartnerClient.revokeToken(admin, "/admin/partner-tokens.xhtml", adminRevokes);
        assertEquals(401, api(ENROLLMENTS, other).statusCode());
        assertEquals(200, api(ENROLLMENTS, mephiToken).statusCode(), "the university's other tokens still work");

        assertFalse(
                msu.get("/partner/tokens.xhtml").body().contains(adminRevokes), "staff see only their university's");
    }

    private static String awaitStored(String hash) throws InterruptedException {
        String stored = StoredTokens.dump();
        for (int i = 0; i < 50 && !stored.contains(hash); i++) {
            Thread.sleep(200); // the embedded database writes its file in the background: poll it
            stored = StoredTokens.dump();
        }
        assertTrue(stored.contains(hash), "the SHA-256 of the token is stored");
        return stored;
    }

    @Test
    void tooManyRequestsWithOneTokenAnswer429WithRetryAfter() {
        String token = PartnerClient.createToken(mephi, "Busy " + System.nanoTime());
        HttpResponse<String> last = null;
        for (int i = 0; i < 400 && (last == null || last.statusCode() == 200); i++) {
            last = api(ENROLLMENTS + "?limit=1", token);
        }
        assertEquals(429, last.statusCode());
        assertEquals(
                "application/problem+json",
                last.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElse("0")) >= 1);
        assertEquals(200, api(ENROLLMENTS + "?limit=1", mephiToken).statusCode(), "other tokens are not slowed");
    }

    @Test
    void withoutTheStudentsConsentNoScoreOrResultIsShownAndWithItTheyAre() {
        long dmitry = pastEnrollmentOf("Дмитрий Волков");
        assertGrades(dmitry, false);
        String page = msu.get("/partner/student.xhtml?enrollment=" + dmitry).body();
        String language = PartnerClient.language(page);
        assertTrue(page.contains(Bundle.text(language, "partner.student.resultHidden")));
        assertFalse(page.contains(Bundle.text(language, "partner.result.PASS") + " · "));
        assertFalse(page.contains("31.00"));

        Http student = PartnerClient.signedIn("dmitry@demo.edu", "student-demo-4");
        clickEach(student, "shareGrades");
        assertGrades(dmitry, true);
        assertTrue(msu.get("/partner/student.xhtml?enrollment=" + dmitry).body().contains("31.00"));

        clickEach(student, "hideGrades");
        assertGrades(dmitry, false);
    }

    private static long pastEnrollmentOf(String name) {
        JsonObject all = json(api(ENROLLMENTS + "?limit=200", msuToken));
        return Long.parseLong(all.getJsonArray("enrollments").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("user").getString("name").equals(name))
                .filter(e -> e.getJsonObject("progress").getInt("essaysSubmitted") > 0)
                .findFirst()
                .orElseThrow()
                .getString("sourcedId"));
    }

    private static void assertGrades(long enrollment, boolean shown) {
        JsonObject one = json(api(ENROLLMENTS + "/" + enrollment, msuToken));
        assertEquals(shown, one.getBoolean("gradesShared"));
        List<JsonObject> released = one.getJsonArray("essays").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("status").equals("released"))
                .toList();
        assertFalse(released.isEmpty());
        for (JsonObject essay : released) {
            assertEquals(shown, essay.containsKey("score"), essay.toString());
            assertEquals(shown, essay.containsKey("result"), essay.toString());
            if (!shown) {
                assertFalse(essay.containsKey("feedbackHtml"), "no feedback without consent");
            }
            assertTrue(essay.containsKey("words") && essay.containsKey("late") && essay.containsKey("lastSubmittedAt"));
            assertFalse(essay.containsKey("html") || essay.containsKey("text"), "never the essay's text");
        }
        assertTrue(one.getJsonObject("progress").getInt("essaysPassed") >= 1, "progress is always visible");
    }

    /** Clicks every button of this id on the student's home page (one per enrollment). */
    private static void clickEach(Http student, String buttonId) {
        Pattern button = Pattern.compile("id=\"(mine:enrollments:\\d+:" + buttonId + ")\"");
        String page = student.get("/student/home.xhtml").body();
        Matcher matcher = button.matcher(page);
        List<String> buttons = new ArrayList<>();
        while (matcher.find()) {
            buttons.add(matcher.group(1));
        }
        assertFalse(buttons.isEmpty(), buttonId);
        for (String id : buttons) {
            PartnerClient.ajax(
                    student,
                    "/student/home.xhtml",
                    student.get("/student/home.xhtml").body(),
                    "mine",
                    id);
        }
    }

    @Test
    void aDisputeNeedsACommentAndAdministratorsSeeDisputedStudents() {
        long dmitry = pastEnrollmentOf("Дмитрий Волков");
        String path = "/partner/student.xhtml?enrollment=" + dmitry;

        String refused = PartnerClient.submit(
                        msu, path, "affiliation", "affiliation:dispute", Map.of("affiliation:comment", " "))
                .body();
        String language = PartnerClient.language(refused);
        assertTrue(refused.contains(Bundle.text(language, "partner.affiliation.commentRequired")), refused);

        String comment = "Not in the registry under MSU-2022-1187 " + System.nanoTime();
        String disputed = PartnerClient.submit(
                        msu, path, "affiliation", "affiliation:dispute", Map.of("affiliation:comment", comment))
                .body();
        assertTrue(disputed.contains(Bundle.text(language, "partner.student.disputed")), disputed);
        assertTrue(disputed.contains(Bundle.text(language, "AffiliationStatus.DISPUTED")));

        Http admin = PartnerClient.signedIn(ADMIN, ADMIN_PASSWORD);
        String list = admin.get("/admin/disputed.xhtml").body();
        assertTrue(list.contains(comment), "the administrators see the dispute");
        assertTrue(list.contains("Мария Лебедева"), "and the demo's dispute by MEPhI");
        assertEquals("disputed", json(api(ENROLLMENTS + "/" + dmitry, msuToken)).getString("affiliation"));

        PartnerClient.submit(msu, path, "affiliation", "affiliation:confirm", Map.of("affiliation:comment", ""));
        assertFalse(admin.get("/admin/disputed.xhtml").body().contains(comment), "confirmed: no longer disputed");
        assertEquals(
                "confirmed", json(api(ENROLLMENTS + "/" + dmitry, msuToken)).getString("affiliation"));
    }

    @Test
    void theCsvFollowsTheScreensFiltersInAnyScriptAndCase() {
        String page = msu.get("/partner/enrollments.xhtml").body();
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "students:filter");
        form.put("jakarta.faces.partial.execute", "students:filter students:offering students:status students:text");
        form.put("jakarta.faces.partial.render", "students:table students:csvLink");
        form.put("students:filter", "students:filter");
        form.put("students", "students");
        form.put("students:offering_input", "");
        form.put("students:status_input", "");
        form.put("students:text", "Ольга");
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        HttpResponse<String> filtered = msu.postForm("/partner/enrollments.xhtml", form);
        assertEquals(200, filtered.statusCode(), filtered.body());
        List<Long> onScreen = enrollmentIds(filtered.body());
        assertFalse(onScreen.isEmpty(), "the screen finds Ольга");

        Matcher link =
                Pattern.compile("href=\"(/partner/students\\.csv[^\"]*)\"").matcher(filtered.body());
        assertTrue(link.find(), filtered.body());
        String csvPath = link.group(1).replace("&amp;", "&");
        assertEquals(onScreen, csvIds(msu.get(csvPath)), "the screen's CSV link exports its rows: " + csvPath);
        assertEquals(
                onScreen,
                csvIds(msu.get("/partner/students.csv?offering=&status=&text="
                        + java.net.URLEncoder.encode("ОЛЬГА", java.nio.charset.StandardCharsets.UTF_8))),
                "Cyrillic in upper case, as a script would send it");

        List<Long> withdrawnInApi = ids(json(api(ENROLLMENTS + "?status=withdrawn&limit=200", msuToken)));
        List<Long> all = csvIds(msu.get("/partner/students.csv"));
        assertFalse(withdrawnInApi.isEmpty());
        assertTrue(withdrawnInApi.size() < all.size());
        for (String status : List.of("withdrawn", "WITHDRAWN", "Withdrawn")) {
            assertEquals(
                    Set.copyOf(withdrawnInApi),
                    Set.copyOf(csvIds(msu.get("/partner/students.csv?status=" + status))),
                    status);
        }
    }

    @Test
    void anUnknownFilterValueInTheCsvIsA400InTheUsersLanguage() {
        String language =
                PartnerClient.language(msu.get("/partner/enrollments.xhtml").body());
        Map<String, String> expected = Map.of(
                "?status=bogus",
                        Bundle.text(language, "filter.unknownValue", "status", "bogus", "active, withdrawn, completed"),
                "?offering=abc", Bundle.text(language, "filter.notAnId", "offering", "abc"),
                "?offering=-1", Bundle.text(language, "filter.notAnId", "offering", "-1"));
        expected.forEach((query, message) -> {
            HttpResponse<String> response = msu.get("/partner/students.csv" + query);
            assertEquals(400, response.statusCode(), query);
            assertTrue(response.body().contains(message), query + ": " + response.body());
            ErrorPagesIT.assertNoStackTrace(response.body());
        });
    }

    @Test
    void theAdministratorsEnrollmentsCsvFollowsItsScreensFiltersAndRefusesUnknownOnes() {
        Http admin = PartnerClient.signedIn(ADMIN, ADMIN_PASSWORD);
        String language =
                PartnerClient.language(admin.get("/admin/offerings.xhtml").body());
        long offering =
                Long.parseLong(pastOfferingOf(json(api(ENROLLMENTS + "?limit=200", msuToken)), "Дмитрий Волков"));
        HttpResponse<String> everyone = admin.get("/admin/enrollments.csv?offering=" + offering);
        assertEquals(200, everyone.statusCode());
        assertTrue(everyone.body().contains("Дмитрий Волков"), everyone.body());

        String text = java.net.URLEncoder.encode("ВОЛКОВ", java.nio.charset.StandardCharsets.UTF_8);
        String dmitry = admin.get("/admin/enrollments.csv?offering=" + offering + "&status=&text=" + text)
                .body();
        assertTrue(dmitry.contains("Дмитрий Волков"), dmitry);
        assertEquals(2, dmitry.strip().lines().count(), "the header and Дмитрий Волков only: " + dmitry);
        for (String status : List.of("active", "ACTIVE", "withdrawn", "Withdrawn")) {
            String upper = status.toUpperCase(java.util.Locale.ROOT);
            long rows = everyone.body()
                    .lines()
                    .filter(l -> l.contains("," + upper + ","))
                    .count();
            String csv = admin.get("/admin/enrollments.csv?offering=" + offering + "&status=" + status)
                    .body();
            assertEquals(rows + 1, csv.strip().lines().count(), status + ": " + csv);
        }

        Map<String, String> expected = Map.of(
                "?offering=abc",
                Bundle.text(language, "filter.notAnId", "offering", "abc"),
                "?offering=" + offering + "&status=bogus",
                Bundle.text(language, "filter.unknownValue", "status", "bogus", "active, withdrawn, completed"),
                "",
                Bundle.text(language, "filter.required", "offering"));
        expected.forEach((query, message) -> {
            HttpResponse<String> response = admin.get("/admin/enrollments.csv" + query);
            assertEquals(400, response.statusCode(), query);
            assertTrue(response.body().contains(message), query + ": " + response.body());
        });
    }

    /** The enrollment ids of a partner CSV, in its order. */
    private static List<Long> csvIds(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode(), csv.body());
        return csv.body()
                .lines()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> Long.valueOf(line.substring(0, line.indexOf(',')).replace("\"", "")))
                .toList();
    }
}
