package edu.aum.course.partner.boundary;

import edu.aum.course.enrollment.api.EnrollmentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The partner API's query parameters, read strictly: a malformed one is a 400 that names it. */
final class ApiParameters {

    /** A parameter that cannot be read; its message is the problem's detail. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    record Paging(int limit, int offset) {}

    private ApiParameters() {}

    static Paging paging(String limit, String offset, int maxLimit) {
        int l = integer(limit, "limit");
        int o = integer(offset, "offset");
        if (l < 1 || l > maxLimit) {
            throw new Invalid("limit must be between 1 and " + maxLimit + ".");
        }
        if (o < 0) {
            throw new Invalid("offset must not be negative.");
        }
        return new Paging(l, o);
    }

    static Long id(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id < 1) {
                throw new Invalid(name + " must be a positive number.");
            }
            return id;
        } catch (NumberFormatException e) {
            throw new Invalid(name + " must be a number.");
        }
    }

    static EnrollmentStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EnrollmentStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("status must be active, withdrawn or completed.");
        }
    }

    /** An ISO 8601 instant (2026-11-01T00:00:00Z, an offset allowed) or a date (its start, UTC). */
    static Instant since(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() == 10
                    ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : java.time.OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new Invalid("updatedSince must be an ISO 8601 time such as 2026-11-01T00:00:00Z, or a date.");
        }
    }

    private static int integer(String value, String name) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(name + " must be a whole number.");
        }
    }
}
