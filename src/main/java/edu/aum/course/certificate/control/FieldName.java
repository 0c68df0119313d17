package edu.aum.course.certificate.control;

import java.util.Arrays;
import java.util.Optional;

/** The fields a template may place, by the names the descriptor uses. */
public enum FieldName {
    HOLDER_NAME("holderName"),
    COURSE_TITLE("courseTitle"),
    OFFERING_DATES("offeringDates"),
    ISSUE_DATE("issueDate"),
    SERIAL("serial"),
    VERIFICATION_URL("verificationUrl"),
    SIGNATORY_NAME("signatoryName"),
    SIGNATORY_TITLE("signatoryTitle"),
    FREE_TEXT("freeText");

    private final String json;

    FieldName(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<FieldName> fromJson(String name) {
        return Arrays.stream(values()).filter(f -> f.json.equals(name)).findFirst();
    }
}
