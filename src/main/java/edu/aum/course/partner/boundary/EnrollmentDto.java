package edu.aum.course.partner.boundary;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.partner.control.EssayLine;
import edu.aum.course.partner.control.PartnerEnrollment;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An enrollment as partner systems receive it, shaped after a OneRoster enrollment (sourcedId, status,
 * dateLastModified, role, beginDate, endDate, user, class) plus progress, certificate and affiliation.
 * {@code essays} is filled only for a single enrollment; scores and results in it only with the student's consent.
 */
public record EnrollmentDto(
        String sourcedId,
        String status,
        Instant dateLastModified,
        String role,
        LocalDate beginDate,
        LocalDate endDate,
        Instant enrolledAt,
        Instant withdrawnAt,
        UserDto user,
        @JsonbProperty("class") ClassDto clazz,
        ProgressDto progress,
        CertificateDto certificate,
        String affiliation,
        boolean gradesShared,
        List<EssayDto> essays) {

    /**
     * Identity, not the record's deep value: JSON-B (Yasson) keeps every object it is writing in a hash set to find
     * cycles, and a record's own hash walks its whole tree at every nested object: that was an eighth of a list
     * call's CPU. These are answers on their way out; nothing compares them.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The student (OneRoster user). */
    public record UserDto(String sourcedId, String name, String email, String identifier) {
        @Override
        public boolean equals(Object other) {
            return this == other; // see EnrollmentDto.hashCode
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** The offering (OneRoster class) and its course. */
    public record ClassDto(
            String sourcedId, String courseCode, String title, String titleRu, LocalDate beginDate, LocalDate endDate) {
        @Override
        public boolean equals(Object other) {
            return this == other; // see EnrollmentDto.hashCode
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Essays submitted, and released as passed, out of those the certificate requires. */
    public record ProgressDto(int essaysSubmitted, int essaysPassed, int essaysRequired) {
        @Override
        public boolean equals(Object other) {
            return this == other; // see EnrollmentDto.hashCode
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** The enrollment's current certificate. */
    public record CertificateDto(String serial, String status, Instant issuedAt) {
        @Override
        public boolean equals(Object other) {
            return this == other; // see EnrollmentDto.hashCode
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** One essay: never its text; score, result and feedback (sanitized HTML) only when released and the student shares grades. */
    public record EssayDto(
            String assignmentSourcedId,
            String title,
            Instant dueAt,
            String status,
            int versions,
            Instant firstSubmittedAt,
            Instant lastSubmittedAt,
            Integer words,
            boolean late,
            Instant releasedAt,
            BigDecimal score,
            String result,
            String feedbackHtml) {

        static EssayDto of(EssayLine line) {
            return new EssayDto(
                    String.valueOf(line.assignmentId()),
                    line.titleEn(),
                    line.dueAt(),
                    line.status() == null ? "not_submitted" : lower(line.status()),
                    line.versions(),
                    line.firstSubmittedAt(),
                    line.lastSubmittedAt(),
                    line.words(),
                    line.late(),
                    line.releasedAt(),
                    line.score(),
                    line.result() == null ? null : lower(line.result()),
                    line.feedbackHtml());
        }
    }

    static EnrollmentDto of(PartnerEnrollment row, List<EssayLine> essays) {
        Enrollment e = row.enrollment();
        Offering o = e.getOffering();
        Certificate c = row.certificate();
        return new EnrollmentDto(
                String.valueOf(e.getId()),
                lower(e.getStatus()),
                row.lastModified(),
                "student",
                o.getSchedule().getStartsOn(),
                o.getSchedule().getEndsOn(),
                e.getEnrolledAt(),
                e.getWithdrawnAt(),
                new UserDto(
                        String.valueOf(e.getStudent().getId()),
                        e.getStudent().getFullName(),
                        e.getStudent().getEmail(),
                        e.getStudentNumber()),
                new ClassDto(
                        String.valueOf(o.getId()),
                        o.getCourse().getCode(),
                        o.getCourse().getTitleEn(),
                        o.getCourse().getTitleRu(),
                        o.getSchedule().getStartsOn(),
                        o.getSchedule().getEndsOn()),
                new ProgressDto(
                        row.progress().submitted(),
                        row.progress().passed(),
                        row.progress().required()),
                c == null
                        ? null
                        : new CertificateDto(c.getSerial(), c.getStatus().name(), c.getIssuedAt()),
                row.affiliationStatus() == null ? "unchecked" : lower(row.affiliationStatus()),
                e.isGradesShared(),
                essays == null ? null : essays.stream().map(EssayDto::of).toList());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
