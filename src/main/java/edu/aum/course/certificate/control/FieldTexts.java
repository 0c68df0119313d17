package edu.aum.course.certificate.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The text a field prints for a certificate: its pattern with the certificate's values put in. */
final class FieldTexts {

    private FieldTexts() {}

    static String text(TextField field, CertificateData data) {
        return switch (field.name()) {
            case HOLDER_NAME -> value(field, data.holderName());
            case COURSE_TITLE ->
                value(field, "ru".equals(field.language().getLanguage()) ? data.courseTitleRu() : data.courseTitleEn());
            case OFFERING_DATES ->
                field.text()
                        .replace("{start}", date(field, data.offeringStart()))
                        .replace("{end}", date(field, data.offeringEnd()));
            case ISSUE_DATE -> value(field, date(field, data.issuedOn()));
            case SERIAL -> value(field, data.serial());
            case VERIFICATION_URL -> value(field, data.verificationUrl());
            case SIGNATORY_NAME, SIGNATORY_TITLE, FREE_TEXT -> field.text();
        };
    }

    // The value goes in last, so that a name holding "{start}" is printed as written.
    private static String value(TextField field, String value) {
        int at = field.text().indexOf("{value}");
        return at < 0
                ? field.text()
                : field.text().substring(0, at) + value + field.text().substring(at + "{value}".length());
    }

    private static String date(TextField field, LocalDate date) {
        return DateTimeFormatter.ofPattern(field.dateFormat(), field.language()).format(date);
    }
}
