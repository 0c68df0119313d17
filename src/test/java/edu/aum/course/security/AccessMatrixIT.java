package edu.aum.course.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.security.AccessRules.Rule;
import edu.aum.course.security.AccessRules.Who;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.PayaraServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role × URL matrix: every address found in the WAR, opened anonymously and as each role's demo account,
 * answers as its rule in AccessRules says (the page, a redirect to sign-in, 403; never a 500), and no cell
 * shows another role's data. Then the cells with ids of another owner: another student's enrollment, receipt
 * and certificate, another university's students. Each failing cell is listed; the test fails once with all.
 *
 * <p>To add owner cells (e.g. an instructor off an offering's teaching team), add an {@link OwnerCell} to
 * {@link #ownerCells()} with the client of the one who must not see, the address with the owner's id, and what
 * the answer must and must not hold.
 */
@ExtendWith(PayaraServer.class)
class AccessMatrixIT {

    static final String EMAIL_OF_ANNA = "student@demo.edu";

    static final Map<Who, Client> clients = new EnumMap<>(Who.class);
    static Client ivan;
    static Client mephi;
    static Client elena;
    static DemoIds ids;

    @BeforeAll
    static void signIn() {
        clients.put(Who.ANONYMOUS, new Client("192.0.2.10"));
        clients.put(Who.STUDENT, new Client("192.0.2.11").signIn(EMAIL_OF_ANNA, "student-demo-1"));
        clients.put(Who.INSTRUCTOR, new Client("192.0.2.12").signIn("instructor@demo.edu", "instructor-demo-1"));
        clients.put(Who.ADMIN, new Client("192.0.2.13").signIn("admin@demo.edu", "admin-demo-1"));
        clients.put(Who.PARTNER, new Client("192.0.2.14").signIn("partner@demo.edu", "partner-demo-1"));
        ivan = new Client("192.0.2.15").signIn("student2@demo.edu", "student-demo-2");
        mephi = new Client("192.0.2.16").signIn("partner2@demo.edu", "partner-demo-2");
        elena = new Client("192.0.2.17").signIn("instructor2@demo.edu", "instructor-demo-2");
        ids = new DemoIds(clients.get(Who.ADMIN), clients.get(Who.STUDENT), ivan, clients.get(Who.PARTNER), mephi);
    }

    @Test
    void everyAddressOfTheWarHasARuleAndEveryRuleAnAddress() {
        SortedSet<String> found = WarEndpoints.of(Path.of(System.getProperty("app.war", "target/course.war")));
        Set<String> ruled = AccessRules.table().keySet();

        SortedSet<String> unruled = new TreeSet<>(found);
        unruled.removeAll(ruled);
        SortedSet<String> stale = new TreeSet<>(ruled);
        stale.removeAll(found);

        assertTrue(unruled.isEmpty(), "Addresses in the WAR without a rule in AccessRules: " + unruled);
        assertTrue(stale.isEmpty(), "Rules in AccessRules for addresses no longer in the WAR: " + stale);
        assertTrue(found.size() > 60, "the scan found only " + found);
    }

    @Test
    void everyCellAnswersAsItsRuleSaysAndShowsNoOtherRolesData() {
        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, Rule> entry : AccessRules.table().entrySet()) {
            Rule rule = entry.getValue();
            if (rule.probe() == null) {
                continue;
            }
            String path = rule.probe().apply(ids);
            for (Who who : Who.values()) {
                cells++;
                HttpResponse<String> answer = open(clients.get(who), rule, path);
                check(entry.getKey(), rule, who, path, answer).ifPresent(failures::add);
            }
        }
        System.out.println("AccessMatrixIT: " + cells + " role x URL cells");
        assertTrue(
                failures.isEmpty(), failures.size() + " of " + cells + " cells fail:\n" + String.join("\n", failures));
    }

    @Test
    void idsOfAnotherOwnerShowNothingOfTheirs() {
        List<String> failures = new ArrayList<>();
        List<OwnerCell> cells = ownerCells();
        for (OwnerCell cell : cells) {
            HttpResponse<String> answer = cell.client().get(cell.path());
            String body = answer.body();
            if (answer.statusCode() != cell.status()) {
                failures.add(cell + ": status " + answer.statusCode());
            }
            if (!cell.mustShowOneOf().isEmpty() && cell.mustShowOneOf().stream().noneMatch(body::contains)) {
                failures.add(cell + ": does not say " + cell.mustShowOneOf());
            }
            cell.mustNotShow().stream().filter(body::contains).forEach(leak -> failures.add(cell + ": shows " + leak));
        }
        System.out.println("AccessMatrixIT: " + cells.size() + " cells with ids of another owner");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** One request by someone who must not see the owner's data, and what its answer must and must not hold. */
    record OwnerCell(
            String who, Client client, String path, int status, List<String> mustShowOneOf, List<String> mustNotShow) {
        @Override
        public String toString() {
            return who + " " + path;
        }
    }

    static List<OwnerCell> ownerCells() {
        List<String> notFound = both("error.404.text"); // the same page as for an id that does not exist
        List<String> annas = List.of(EMAIL_OF_ANNA, "Петрова", ids.annaReceiptHash, ids.annaSerial);
        List<OwnerCell> cells = new ArrayList<>();
        cells.add(new OwnerCell(
                "another student",
                ivan,
                "/student/essays.xhtml?enrollment=" + ids.annaEnrollment,
                404,
                notFound,
                annas));
        cells.add(new OwnerCell(
                "another student",
                ivan,
                "/student/university.xhtml?enrollment=" + ids.annaEnrollment,
                404,
                notFound,
                annas));
        cells.add(new OwnerCell(
                "another student",
                ivan,
                "/student/receipt.xhtml?assignment=" + ids.annaSubmittedAssignment,
                200,
                List.of(),
                annas));
        cells.add(new OwnerCell(
                "another student", ivan, "/student/certificate.pdf?serial=" + ids.annaSerial, 404, List.of(), annas));
        for (String enrollment : ids.mephiEnrollments) {
            cells.add(new OwnerCell(
                    "another university's staff",
                    clients.get(Who.PARTNER),
                    "/partner/student.xhtml?enrollment=" + enrollment,
                    404,
                    notFound,
                    List.copyOf(ids.mephiOnlyEmails)));
        }
        for (String enrollment : ids.msuEnrollments.subList(0, Math.min(5, ids.msuEnrollments.size()))) {
            cells.add(new OwnerCell(
                    "another university's staff",
                    mephi,
                    "/partner/student.xhtml?enrollment=" + enrollment,
                    404,
                    notFound,
                    List.of()));
        }
        for (String email : ids.mephiOnlyEmails) {
            cells.add(new OwnerCell(
                    "another university's staff",
                    clients.get(Who.PARTNER),
                    "/partner/students.csv?text=" + email,
                    200,
                    List.of(),
                    List.of(email)));
        }
        cells.addAll(offTheTeam(notFound));
        return cells;
    }

    /**
     * Елена teaches this year's offering only: every staff page of last year's (which John teaches) answers her
     * 404, while John opens them (checked in the same cell list, so a scope that hides too much fails too).
     */
    private static List<OwnerCell> offTheTeam(List<String> notFound) {
        Client john = clients.get(Who.INSTRUCTOR);
        List<String> hers = DemoIds.all(elena.get("/staff/offerings.xhtml").body(), "offering=(\\d+)");
        List<String> notHers =
                new ArrayList<>(DemoIds.all(john.get("/staff/offerings.xhtml").body(), "offering=(\\d+)"));
        notHers.removeAll(hers);
        assertFalse(hers.isEmpty() || notHers.isEmpty(), "the demo gives John an offering Елена does not teach");
        String offering = notHers.get(0);
        List<String> assignments = DemoIds.all(
                john.get("/staff/assignments.xhtml?offering=" + offering).body(), "assignment\\.xhtml\\?id=(\\d+)");
        assertFalse(assignments.isEmpty(), "last year's offering has assignments");
        List<String> pages = List.of(
                "/staff/assignments.xhtml?offering=" + offering,
                "/staff/assignment.xhtml?id=" + assignments.get(0),
                "/staff/assignment.xhtml?offering=" + offering,
                "/staff/extensions.xhtml?assignment=" + assignments.get(0),
                "/staff/grading.xhtml?offering=" + offering,
                "/staff/rubric.xhtml?offering=" + offering,
                "/staff/dashboard.xhtml?offering=" + offering);
        List<OwnerCell> cells = new ArrayList<>();
        for (String page : pages) {
            cells.add(new OwnerCell("an instructor off the team", elena, page, 404, notFound, List.of()));
            cells.add(new OwnerCell("the instructor on the team", john, page, 200, List.of(), notFound));
        }
        return cells;
    }

    private static List<String> both(String key) {
        return List.of(Bundle.text("en", key), Bundle.text("ru", key));
    }

    private static HttpResponse<String> open(Client client, Rule rule, String path) {
        return rule.method().equals("POST")
                ? client.post(path, rule.contentType(), rule.body().getBytes(StandardCharsets.UTF_8))
                : client.get(path);
    }

    private static java.util.Optional<String> check(
            String key, Rule rule, Who who, String path, HttpResponse<String> answer) {
        int status = answer.statusCode();
        String cell = who + " " + rule.method() + " " + path + " (" + key + "): ";
        String location = answer.headers().firstValue("Location").orElse("");
        if (status >= 500) {
            return java.util.Optional.of(cell + status);
        }
        boolean allowed = rule.allowed().contains(who);
        if (rule.sameForAll() != null) {
            if (status != rule.sameForAll()) {
                return java.util.Optional.of(cell + status + ", expected " + rule.sameForAll() + " for everyone");
            }
        } else if (allowed && status != rule.allowedStatus()) {
            return java.util.Optional.of(cell + status + " " + location + ", expected " + rule.allowedStatus());
        } else if (!allowed
                && who == Who.ANONYMOUS
                && (status != 302 || !location.equals(PayaraServer.url("/login.xhtml")))) {
            return java.util.Optional.of(cell + status + " " + location + ", expected a redirect to sign in");
        } else if (!allowed
                && who != Who.ANONYMOUS
                && (status != 403
                        || !(answer.body().contains(Bundle.text("en", "error.403.title"))
                                || answer.body().contains(Bundle.text("ru", "error.403.title"))))) {
            return java.util.Optional.of(cell + status + ", expected the 403 page");
        }
        Predicate<String> foreign = foreignData(who, allowed && rule.sameForAll() == null);
        Matcher emails = DemoIds.EMAIL.matcher(answer.body());
        while (emails.find()) {
            if (foreign.test(emails.group())) {
                return java.util.Optional.of(cell + "shows " + emails.group());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whose address a cell must not show: a refused cell and anyone anonymous no one's; a student only their
     * own; partner staff no student of another university only; staff may see their students.
     */
    private static Predicate<String> foreignData(Who who, boolean allowed) {
        if (!allowed || who == Who.ANONYMOUS) {
            return email -> true;
        }
        return switch (who) {
            case STUDENT -> email -> !email.equals(EMAIL_OF_ANNA);
            case PARTNER -> ids.mephiOnlyEmails::contains;
            default -> email -> false;
        };
    }

    @Test
    void theMatrixIsBigEnoughToMeanSomething() {
        long probed = AccessRules.table().values().stream()
                .filter(r -> r.probe() != null)
                .count();
        assertEquals(Who.values().length, clients.size());
        assertTrue(probed * Who.values().length >= 300, "only " + probed + " probed addresses");
    }
}
