package edu.aum.course.security;

import static edu.aum.course.security.AccessRules.Who.ADMIN;
import static edu.aum.course.security.AccessRules.Who.INSTRUCTOR;
import static edu.aum.course.security.AccessRules.Who.PARTNER;
import static edu.aum.course.security.AccessRules.Who.STUDENT;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rule of every address the WAR answers (WarEndpoints): who may open it, and how the matrix probes it.
 * A page, servlet, filter or REST method without a rule here fails AccessMatrixIT, and so does a rule for an
 * address that no longer exists. Probes use ids of the demo data (DemoIds), so that an allowed cell shows real
 * data and a refused one has something to leak.
 */
final class AccessRules {

    /** The columns of the matrix: nobody signed in, and each role's demo account. */
    enum Who {
        ANONYMOUS,
        STUDENT,
        INSTRUCTOR,
        ADMIN,
        PARTNER
    }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.of(STUDENT, INSTRUCTOR, ADMIN, PARTNER);
    static final Set<Who> STAFF = EnumSet.of(INSTRUCTOR, ADMIN);

    /**
     * How an address is probed: the method, the path with its query (from the demo's ids), a body for a POST,
     * who may use it and the status they get; everyone else is sent to sign in (anonymous) or gets 403.
     * {@code sameForAll} is the status every column gets, signed in or not (a public API, or one that only a
     * bearer token opens); {@code probe} null: covered by the other cells (a filter on every path).
     */
    record Rule(
            String method,
            Function<DemoIds, String> probe,
            Set<Who> allowed,
            int allowedStatus,
            Integer sameForAll,
            String contentType,
            String body,
            String why) {

        Rule status(int status) {
            return new Rule(method, probe, allowed, status, sameForAll, contentType, body, why);
        }
    }

    static Rule page(Set<Who> allowed, Function<DemoIds, String> probe) {
        return new Rule("GET", probe, allowed, 200, null, null, null, null);
    }

    static Rule page(Who allowed, Function<DemoIds, String> probe) {
        return page(EnumSet.of(allowed), probe);
    }

    static Rule api(String method, Function<DemoIds, String> probe, int statusForAll) {
        return new Rule(method, probe, EVERYONE, statusForAll, statusForAll, null, null, null);
    }

    static Rule covered(String why) {
        return new Rule(null, null, EVERYONE, 0, null, null, null, why);
    }

    static Map<String, Rule> table() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        // public pages, for everyone (also signed in)
        for (String path : new String[] {
            "/index.xhtml", "/login.xhtml", "/register.xhtml", "/resend-confirmation.xhtml", "/forgot-password.xhtml",
            "/reset-password.xhtml", "/confirm-email.xhtml", "/catalogue.xhtml", "/verify.xhtml", "/error/403.xhtml",
            "/error/404.xhtml", "/error/429.xhtml", "/error/500.xhtml", "/error/expired.xhtml", "/error/error.xhtml",
            "/error/cross-site.xhtml"
        }) {
            rules.put("PAGE " + path, page(EVERYONE, ids -> path));
        }
        rules.put("PAGE /account/profile.xhtml", page(SIGNED_IN, ids -> "/account/profile.xhtml"));
        // students
        rules.put("PAGE /student/home.xhtml", page(STUDENT, ids -> "/student/home.xhtml"));
        rules.put(
                "PAGE /student/essays.xhtml",
                page(STUDENT, ids -> "/student/essays.xhtml?enrollment=" + ids.annaEnrollment));
        rules.put(
                "PAGE /student/essay.xhtml",
                page(STUDENT, ids -> "/student/essay.xhtml?assignment=" + ids.annaSubmittedAssignment));
        rules.put(
                "PAGE /student/receipt.xhtml",
                page(STUDENT, ids -> "/student/receipt.xhtml?assignment=" + ids.annaSubmittedAssignment));
        rules.put(
                "PAGE /student/enroll.xhtml",
                page(STUDENT, ids -> "/student/enroll.xhtml?offering=" + ids.openOffering));
        rules.put(
                "PAGE /student/university.xhtml",
                page(STUDENT, ids -> "/student/university.xhtml?enrollment=" + ids.annaEnrollment));
        rules.put("PAGE /student/calendar.xhtml", page(STUDENT, ids -> "/student/calendar.xhtml"));
        rules.put(
                "SERVLET /student/certificate.pdf",
                page(STUDENT, ids -> "/student/certificate.pdf?serial=" + ids.annaSerial));
        // instructors, and the staff pages they share with administrators
        rules.put("PAGE /instructor/home.xhtml", page(INSTRUCTOR, ids -> "/instructor/home.xhtml"));
        rules.put("PAGE /staff/offerings.xhtml", page(STAFF, ids -> "/staff/offerings.xhtml"));
        rules.put(
                "PAGE /staff/assignments.xhtml",
                page(STAFF, ids -> "/staff/assignments.xhtml?offering=" + ids.offering));
        rules.put("PAGE /staff/assignment.xhtml", page(STAFF, ids -> "/staff/assignment.xhtml?id=" + ids.assignment));
        rules.put(
                "PAGE /staff/extensions.xhtml",
                page(STAFF, ids -> "/staff/extensions.xhtml?assignment=" + ids.assignment));
        rules.put("PAGE /staff/grading.xhtml", page(STAFF, ids -> "/staff/grading.xhtml?offering=" + ids.offering));
        rules.put("PAGE /staff/rubric.xhtml", page(STAFF, ids -> "/staff/rubric.xhtml?offering=" + ids.offering));
        rules.put("PAGE /staff/queue.xhtml", page(STAFF, ids -> "/staff/queue.xhtml"));
        rules.put("PAGE /staff/mark.xhtml", page(STAFF, ids -> "/staff/mark.xhtml?review=" + ids.review));
        rules.put("PAGE /staff/dashboard.xhtml", page(STAFF, ids -> "/staff/dashboard.xhtml"));
        rules.put("PAGE /staff/gradebook.xhtml", page(STAFF, ids -> "/staff/gradebook.xhtml?offering=" + ids.offering));
        rules.put("SERVLET /staff/gradebook.csv", page(STAFF, ids -> "/staff/gradebook.csv?offering=" + ids.offering));
        rules.put(
                "SERVLET /staff/gradebook.xlsx", page(STAFF, ids -> "/staff/gradebook.xlsx?offering=" + ids.offering));
        rules.put(
                "SERVLET /staff/gradebook-essays.zip",
                page(STAFF, ids -> "/staff/gradebook-essays.zip?assignment=" + ids.assignment));
        // administrators
        rules.put("PAGE /admin/home.xhtml", page(ADMIN, ids -> "/admin/home.xhtml"));
        rules.put("PAGE /admin/users.xhtml", page(ADMIN, ids -> "/admin/users.xhtml"));
        rules.put("PAGE /admin/audit.xhtml", page(ADMIN, ids -> "/admin/audit.xhtml"));
        rules.put("SERVLET /admin/audit.csv", page(ADMIN, ids -> "/admin/audit.csv"));
        rules.put("PAGE /admin/reports.xhtml", page(ADMIN, ids -> "/admin/reports.xhtml?offering=" + ids.offering));
        rules.put("PAGE /admin/courses.xhtml", page(ADMIN, ids -> "/admin/courses.xhtml"));
        rules.put("PAGE /admin/course.xhtml", page(ADMIN, ids -> "/admin/course.xhtml?id=" + ids.course));
        rules.put("PAGE /admin/offerings.xhtml", page(ADMIN, ids -> "/admin/offerings.xhtml"));
        rules.put("PAGE /admin/offering.xhtml", page(ADMIN, ids -> "/admin/offering.xhtml?id=" + ids.offering));
        rules.put(
                "PAGE /admin/enrollments.xhtml",
                page(ADMIN, ids -> "/admin/enrollments.xhtml?offering=" + ids.offering));
        rules.put(
                "PAGE /admin/enrollments-import.xhtml",
                page(ADMIN, ids -> "/admin/enrollments-import.xhtml?offering=" + ids.offering));
        rules.put("PAGE /admin/universities.xhtml", page(ADMIN, ids -> "/admin/universities.xhtml"));
        rules.put("PAGE /admin/university.xhtml", page(ADMIN, ids -> "/admin/university.xhtml?id=" + ids.university));
        rules.put(
                "PAGE /admin/university-merge.xhtml",
                page(ADMIN, ids -> "/admin/university-merge.xhtml?id=" + ids.university));
        rules.put(
                "PAGE /admin/certificates.xhtml",
                page(ADMIN, ids -> "/admin/certificates.xhtml?offering=" + ids.offering));
        rules.put(
                "PAGE /admin/certificate-batch.xhtml",
                page(ADMIN, ids -> "/admin/certificate-batch.xhtml?id=" + ids.batch));
        rules.put("PAGE /admin/certificate-problem.xhtml", page(ADMIN, ids -> "/admin/certificate-problem.xhtml"));
        rules.put("PAGE /admin/outbox.xhtml", page(ADMIN, ids -> "/admin/outbox.xhtml"));
        rules.put(
                "PAGE /admin/outbox-message.xhtml",
                page(ADMIN, ids -> "/admin/outbox-message.xhtml?id=" + ids.outboxMessage));
        rules.put("PAGE /admin/disputed.xhtml", page(ADMIN, ids -> "/admin/disputed.xhtml"));
        rules.put("PAGE /admin/partner-tokens.xhtml", page(ADMIN, ids -> "/admin/partner-tokens.xhtml"));
        rules.put(
                "SERVLET /admin/certificate.pdf",
                page(ADMIN, ids -> "/admin/certificate.pdf?serial=" + ids.annaSerial));
        rules.put(
                "SERVLET /admin/certificate-preview.pdf",
                page(ADMIN, ids -> "/admin/certificate-preview.pdf?enrollment=" + ids.annaEnrollment));
        rules.put(
                "SERVLET /admin/certificates.zip",
                page(ADMIN, ids -> "/admin/certificates.zip?offering=" + ids.offering));
        rules.put(
                "SERVLET /admin/enrollments.csv",
                page(ADMIN, ids -> "/admin/enrollments.csv?offering=" + ids.offering));
        // partner staff
        rules.put("PAGE /partner/home.xhtml", page(PARTNER, ids -> "/partner/home.xhtml"));
        rules.put("PAGE /partner/enrollments.xhtml", page(PARTNER, ids -> "/partner/enrollments.xhtml"));
        rules.put(
                "PAGE /partner/student.xhtml",
                page(PARTNER, ids -> "/partner/student.xhtml?enrollment=" + ids.msuEnrollments.get(0)));
        rules.put("PAGE /partner/tokens.xhtml", page(PARTNER, ids -> "/partner/tokens.xhtml"));
        rules.put("SERVLET /partner/students.csv", page(PARTNER, ids -> "/partner/students.csv"));
        // public verification, rate-limited per address (VerificationFilter)
        rules.put("SERVLET /verify/*", page(EVERYONE, ids -> "/verify/" + ids.annaSerial));
        rules.put(
                "GET /api/v1/certificates/{serial}", api("GET", ids -> "/api/v1/certificates/" + ids.annaSerial, 200));
        rules.put("FILTER /verify/*", covered("the verification page's cells"));
        rules.put("FILTER /verify.xhtml", covered("the verification page's cells"));
        rules.put("FILTER /api/v1/certificates/*", covered("the certificate API's cells"));
        rules.put("FILTER /*", covered("SessionGuard and HttpHardening run on every request of every cell"));
        // Open Badges credentials: public, rate-limited per address like verification
        rules.put(
                "GET /api/v1/certificates/{serial}/credential",
                api("GET", ids -> "/api/v1/certificates/" + ids.annaSerial + "/credential", 200));
        rules.put("SERVLET /.well-known/jwks.json", api("GET", ids -> "/.well-known/jwks.json", 200));
        rules.put("FILTER /.well-known/jwks.json", covered("the JWKS cells"));
        rules.put("FILTER /api/v1/credentials/*", covered("the credentials API's cells"));
        rules.put("GET /api/v1/credentials/issuer", api("GET", ids -> "/api/v1/credentials/issuer", 200));
        rules.put("GET /api/v1/credentials/status/{list}", api("GET", ids -> "/api/v1/credentials/status/1", 200));
        rules.put(
                "POST /api/v1/credentials/verify",
                new Rule(
                        "POST",
                        ids -> "/api/v1/credentials/verify",
                        EVERYONE,
                        400,
                        400,
                        "application/jwt",
                        "not-a-credential",
                        null));
        // the word count is public; the partner API opens only with a bearer token, never with a session
        rules.put(
                "POST /api/v1/word-count",
                new Rule("POST", ids -> "/api/v1/word-count", EVERYONE, 200, 200, "text/plain", "two words", null));
        // a feed opens only with its secret (CalendarIT); a guessed one is as unknown to everyone
        rules.put("GET /api/calendar/{secret}.ics", api("GET", ids -> "/api/calendar/" + "A".repeat(43) + ".ics", 404));
        rules.put("GET /api/v1/partner/enrollments", api("GET", ids -> "/api/v1/partner/enrollments", 401));
        rules.put(
                "GET /api/v1/partner/enrollments/{id}",
                api("GET", ids -> "/api/v1/partner/enrollments/" + ids.msuEnrollments.get(0), 401));
        rules.put(
                "GET /api/v1/partner/enrollments/{id}/attestation",
                api("GET", ids -> "/api/v1/partner/enrollments/" + ids.msuEnrollments.get(0) + "/attestation", 401));
        return rules;
    }

    private AccessRules() {}
}
