package edu.aum.course.partner.control;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.platform.text.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A partner university's enrollments as CSV (CsvWriter: UTF-8 with a byte order mark, which Excel needs to
 * read Cyrillic, formula cells neutralized). Column names are stable identifiers, the same in every language, like the admin export.
 */
public final class PartnerCsv {

    public static final String CONTENT_TYPE = CsvWriter.CONTENT_TYPE;
    static final String[] HEADER = {
        "enrollment_id",
        "full_name",
        "email",
        "student_number",
        "course",
        "offering_start",
        "offering_end",
        "status",
        "essays_submitted",
        "essays_passed",
        "essays_required",
        "certificate_serial",
        "certificate_status",
        "affiliation",
        "last_modified"
    };

    private PartnerCsv() {}

    public static void write(List<PartnerEnrollment> rows, OutputStream out) throws IOException {
        try (CsvWriter csv = CsvWriter.open(out, HEADER)) {
            for (PartnerEnrollment row : rows) {
                csv.row(line(row));
            }
        }
    }

    static Object[] line(PartnerEnrollment row) {
        Enrollment e = row.enrollment();
        Certificate c = row.certificate();
        return new Object[] {
            e.getId(),
            e.getStudent().getFullName(),
            e.getStudent().getEmail(),
            e.getStudentNumber(),
            e.getOffering().getCourse().getCode(),
            e.getOffering().getSchedule().getStartsOn(),
            e.getOffering().getSchedule().getEndsOn(),
            e.getStatus().name(),
            row.progress().submitted(),
            row.progress().passed(),
            row.progress().required(),
            c == null ? "" : c.getSerial(),
            c == null ? "" : c.getStatus().name(),
            row.affiliationStatus() == null ? "" : row.affiliationStatus().name(),
            iso(row.lastModified())
        };
    }

    private static String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A file name safe in any browser: students-Lomonosov_Moscow_State_University.csv */
    public static String fileName(String universityName) {
        return "students-" + universityName.replaceAll("[^A-Za-z0-9-]+", "_") + ".csv";
    }
}
