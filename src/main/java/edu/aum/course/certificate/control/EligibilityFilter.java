package edu.aum.course.certificate.control;

import java.util.Locale;

/** What the eligibility page asks for: a part of the student's name or e-mail (blank: anyone), and a standing. */
public record EligibilityFilter(String text, StandingFilter standing) implements java.io.Serializable {

    public static final EligibilityFilter ALL = new EligibilityFilter(null, StandingFilter.ALL);

    public EligibilityFilter {
        text = text == null ? "" : text.strip();
        standing = standing == null ? StandingFilter.ALL : standing;
    }

    boolean hasText() {
        return !text.isEmpty();
    }

    /** The text as a LIKE pattern with '!' as the escape character. */
    String likePattern() {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
