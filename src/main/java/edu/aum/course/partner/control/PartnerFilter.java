package edu.aum.course.partner.control;

import edu.aum.course.enrollment.api.EnrollmentStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** What partner staff or a partner system narrow their students' enrollments to; every part optional. */
public record PartnerFilter(Long offeringId, EnrollmentStatus status, String text, Instant updatedSince)
        implements Serializable {

    public static final PartnerFilter NONE = new PartnerFilter(null, null, null, null);

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The text as a LIKE pattern with '!' as the escape character. */
    String likePattern() {
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
