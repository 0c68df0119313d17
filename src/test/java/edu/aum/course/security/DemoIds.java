package edu.aum.course.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ids of the demo data as the screens show them to their owners (so the matrix works on any database, where
 * ids differ): offerings, courses, universities, assignments, reviews, Anna's enrollment and certificate, and
 * each partner university's enrollments.
 */
final class DemoIds {

    static final Pattern EMAIL = Pattern.compile("[a-z0-9.+-]+@demo\\.edu");

    final String offering;
    final String course;
    final String university;
    final String outboxMessage;
    final String batch;
    final String assignment;
    final String review;
    final String annaSerial;
    final String annaEnrollment;
    final String annaSubmittedAssignment;
    final String annaReceiptHash;
    final String openOffering;
    final List<String> msuEnrollments;
    final List<String> mephiEnrollments;
    final Set<String> mephiOnlyEmails;

    DemoIds(Client admin, Client anna, Client ivan, Client msu, Client mephi) {
        // the first offering listed that has assignments: other tests on a shared server (CI) add empty offerings
        offering = all(admin.get("/admin/offerings.xhtml").body(), "/admin/offering\\.xhtml\\?id=(\\d+)").stream()
                .filter(id -> !all(
                                admin.get("/staff/assignments.xhtml?offering=" + id)
                                        .body(),
                                "assignment\\.xhtml\\?id=(\\d+)")
                        .isEmpty())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No offering with assignments on /admin/offerings.xhtml"));
        course = first(admin, "/admin/courses.xhtml", "/admin/course\\.xhtml\\?id=(\\d+)");
        university = first(admin, "/admin/universities.xhtml", "/admin/university\\.xhtml\\?id=(\\d+)");
        outboxMessage = first(admin, "/admin/outbox.xhtml", "outbox-message\\.xhtml\\?id=(\\d+)");
        batch = all(
                        admin.get("/admin/certificates.xhtml?offering=" + offering)
                                .body(),
                        "certificate-batch\\.xhtml\\?id=(\\d+)")
                .stream()
                .findFirst()
                .orElse("1"); // the page answers an unknown batch with its message, as it does a known one
        assignment = first(admin, "/staff/assignments.xhtml?offering=" + offering, "assignment\\.xhtml\\?id=(\\d+)");
        review = first(admin, "/staff/queue.xhtml", "mark\\.xhtml\\?review=(\\d+)");
        String home = anna.get("/student/home.xhtml").body();
        annaSerial = all(home, "certificate\\.pdf\\?serial=([A-Z0-9-]+)").get(0);
        List<String> annasEnrollments = all(home, "essays\\.xhtml\\?enrollment=(\\d+)");
        String enrollment = annasEnrollments.get(0);
        String receiptAssignment = null;
        String hash = null;
        // her demo enrollment with essays: other tests on a shared server (CI) may have enrolled her in more
        search:
        for (String e : annasEnrollments) {
            for (String a : all(
                    anna.get("/student/essays.xhtml?enrollment=" + e).body(), "essay\\.xhtml\\?assignment=(\\d+)")) {
                List<String> hashes =
                        all(anna.get("/student/receipt.xhtml?assignment=" + a).body(), "\\b([0-9a-f]{64})\\b");
                // one whose text Ivan did not hand in too (the demo gives classmates the same essay now and then)
                // and of an offering Ivan is in too (other tests enroll her alone in offerings of their own)
                var ivans = hashes.isEmpty() ? null : ivan.get("/student/receipt.xhtml?assignment=" + a);
                if (ivans != null && ivans.statusCode() == 200 && !ivans.body().contains(hashes.get(0))) {
                    enrollment = e;
                    receiptAssignment = a;
                    hash = hashes.get(0);
                    break search;
                }
            }
        }
        annaEnrollment = enrollment;
        annaSubmittedAssignment = receiptAssignment;
        annaReceiptHash = hash;
        openOffering = first(anna, "/catalogue.xhtml", "enroll\\.xhtml\\?offering=(\\d+)");
        msuEnrollments = all(msu.get("/partner/enrollments.xhtml").body(), "student\\.xhtml\\?enrollment=(\\d+)");
        mephiEnrollments = all(mephi.get("/partner/enrollments.xhtml").body(), "student\\.xhtml\\?enrollment=(\\d+)");
        Set<String> mephiEmails =
                new LinkedHashSet<>(all(mephi.get("/partner/students.csv").body(), "(" + EMAIL + ")"));
        mephiEmails.removeAll(all(msu.get("/partner/students.csv").body(), "(" + EMAIL + ")"));
        mephiOnlyEmails = mephiEmails;
        if (annaReceiptHash == null
                || msuEnrollments.isEmpty()
                || mephiEnrollments.isEmpty()
                || mephiOnlyEmails.isEmpty()) {
            throw new IllegalStateException("The demo data lacks what the matrix needs: " + this);
        }
    }

    private static String first(Client client, String path, String pattern) {
        List<String> found = all(client.get(path).body(), pattern);
        if (found.isEmpty()) {
            throw new IllegalStateException("No " + pattern + " on " + path);
        }
        return found.get(0);
    }

    static List<String> all(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html.replace("&amp;", "&"));
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            if (!found.contains(matcher.group(1))) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return "offering " + offering + ", assignment " + assignment + ", review " + review + ", Anna's receipt "
                + annaReceiptHash + ", MSU " + msuEnrollments + ", MEPhI " + mephiEnrollments + " " + mephiOnlyEmails;
    }
}
