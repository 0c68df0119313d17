package edu.aum.course.enrollment.control;

import edu.aum.course.enrollment.api.EnrollmentStatus;
import java.io.Serializable;
import java.util.Locale;

/** What an administrator narrows an offering's enrollments to: a status and a text. */
public record EnrollmentFilter(EnrollmentStatus status, String text) implements Serializable {

    public static final EnrollmentFilter NONE = new EnrollmentFilter(null, null);

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The text as a LIKE pattern with '!' as the escape character. */
    public String likePattern() {
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
