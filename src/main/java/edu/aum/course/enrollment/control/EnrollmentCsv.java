package edu.aum.course.enrollment.control;

import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.platform.text.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An offering's enrollments as CSV (CsvWriter: UTF-8 with a byte order mark, formula cells neutralized).
 * The column names are stable identifiers for the scripts that read the file, the same in every language.
 */
public final class EnrollmentCsv {

    public static final String CONTENT_TYPE = CsvWriter.CONTENT_TYPE;
    static final String[] HEADER = {
        "email", "full_name", "university", "country", "student_number", "status", "enrolled_at", "withdrawn_reason"
    };

    private EnrollmentCsv() {}

    /** One line of the file. */
    public record Row(
            String email,
            String fullName,
            String university,
            String country,
            String studentNumber,
            String status,
            Instant enrolledAt,
            String withdrawnReason) {

        public static Row of(Enrollment e) {
            return new Row(
                    e.getStudent().getEmail(),
                    e.getStudent().getFullName(),
                    e.getUniversity().getNameEn(),
                    e.getUniversity().getCountry(),
                    e.getStudentNumber(),
                    e.getStatus().name(),
                    e.getEnrolledAt(),
                    e.getWithdrawnReason());
        }
    }

    public static void write(List<Row> rows, OutputStream out) throws IOException {
        try (CsvWriter csv = CsvWriter.open(out, HEADER)) {
            for (Row row : rows) {
                csv.row(
                        row.email(),
                        row.fullName(),
                        row.university(),
                        row.country(),
                        row.studentNumber(),
                        row.status(),
                        DateTimeFormatter.ISO_INSTANT.format(
                                row.enrolledAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                        row.withdrawnReason());
            }
        }
    }

    /** A file name safe in any browser: enrollments-USRR-101-2026-09-01.csv */
    public static String fileName(String courseCode, java.time.LocalDate startsOn) {
        return "enrollments-" + courseCode.replaceAll("[^A-Za-z0-9-]", "_") + "-" + startsOn + ".csv";
    }
}
