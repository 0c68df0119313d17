package edu.aum.course.partner.control;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * The claims of a signed enrollment attestation: that this student is enrolled in this offering with this
 * status and progress as of now, said by the issuer, valid for {@link #VALIDITY} (a statement of the present
 * goes stale). Names the student by name and student number, never by e-mail. Pure.
 */
public final class Attestation {

    public static final String TYPE = "EnrollmentAttestation";
    public static final Duration VALIDITY = Duration.ofDays(30);

    private Attestation() {}

    public static JsonObject claims(PartnerEnrollment row, String issuerId, String issuerName, Instant now) {
        Enrollment e = row.enrollment();
        Offering o = e.getOffering();
        String status = e.getStatus().name().toLowerCase(Locale.ROOT);
        JsonObjectBuilder enrollment = Json.createObjectBuilder()
                .add("sourcedId", String.valueOf(e.getId()))
                .add("status", status)
                .add("enrolledAt", e.getEnrolledAt().toString())
                .add(
                        "student",
                        Json.createObjectBuilder()
                                .add("name", e.getStudent().getFullName())
                                .add("identifier", orEmpty(e.getStudentNumber()))
                                .add("university", university(e)))
                .add(
                        "class",
                        Json.createObjectBuilder()
                                .add("sourcedId", String.valueOf(o.getId()))
                                .add("courseCode", o.getCourse().getCode())
                                .add("title", o.getCourse().getTitleEn())
                                .add("beginDate", o.getSchedule().getStartsOn().toString())
                                .add("endDate", o.getSchedule().getEndsOn().toString()))
                .add(
                        "progress",
                        Json.createObjectBuilder()
                                .add("essaysSubmitted", row.progress().submitted())
                                .add("essaysPassed", row.progress().passed())
                                .add("essaysRequired", row.progress().required()));
        Certificate c = row.certificate();
        if (c != null) {
            enrollment.add(
                    "certificate",
                    Json.createObjectBuilder()
                            .add("serial", c.getSerial())
                            .add("status", c.getStatus().name()));
        }
        return Json.createObjectBuilder()
                .add("iss", issuerId)
                .add("iat", now.getEpochSecond())
                .add("nbf", now.getEpochSecond())
                .add("exp", now.plus(VALIDITY).getEpochSecond())
                .add("jti", "urn:uuid:" + UUID.randomUUID())
                .add("sub", "enrollment:" + e.getId())
                .add("type", TYPE)
                .add("asOf", now.toString())
                .add(
                        "statement",
                        "As of " + now + ", " + issuerName + " attests that "
                                + e.getStudent().getFullName()
                                + " (student number " + orEmpty(e.getStudentNumber()) + ", " + university(e)
                                + ") is enrolled in " + o.getCourse().getTitleEn() + " ("
                                + o.getSchedule().getStartsOn()
                                + " to " + o.getSchedule().getEndsOn() + ") with status " + status + ": "
                                + row.progress().passed() + " of "
                                + row.progress().required()
                                + " required essays passed, " + row.progress().submitted() + " submitted.")
                .add("enrollment", enrollment)
                .build();
    }

    private static String university(Enrollment e) {
        return e.getUniversity() == null ? "" : e.getUniversity().getNameEn();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
