package edu.aum.course.platform.http;

import edu.aum.course.platform.i18n.Messages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The filters of an export (a CSV of what a screen lists), read from its query string the one strict way:
 * the query string is UTF-8 (a Cyrillic text arrives as typed), a choice is matched in any case, a blank
 * value is no filter, and a value that cannot be read is refused ({@link Invalid}, a 400 in the user's
 * language) rather than quietly dropped, which would export more than the screen shows.
 */
public final class FilterParameters {

    /** A filter value that cannot be read; its key and arguments name the parameter and the value. */
    public static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String key;
        private final transient Object[] arguments;

        Invalid(String key, Object... arguments) {
            super(key + " " + Arrays.toString(arguments));
            this.key = key;
            this.arguments = arguments;
        }

        public String key() {
            return key;
        }

        public String message(Locale locale) {
            return Messages.text(locale, key, arguments);
        }
    }

    private FilterParameters() {}

    /** A positive id, or null when blank; anything else is refused. */
    public static Long id(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Invalid("filter.notAnId", name, value.strip());
    }

    /** A positive id that must be given. */
    public static long requiredId(String value, String name) {
        Long id = id(value, name);
        if (id == null) {
            throw new Invalid("filter.required", name);
        }
        return id;
    }

    /** One of an enum's constants by its name in any case ("withdrawn", "WITHDRAWN"), or null when blank. */
    public static <E extends Enum<E>> E choice(String value, Class<E> type, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new Invalid("filter.unknownValue", name, wanted, allowed);
    }

    /** A day as ISO 8601 writes it (2026-09-01), or null when blank; anything else is refused. */
    public static java.time.LocalDate day(String value, String name) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new Invalid("filter.notADay", name, text);
        }
    }

    /** A search text as typed, stripped; null when blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The query string of an export link carrying a screen's filters, read back by the methods above:
     * name-value pairs, a null or blank value left out, an enum by its name, every value UTF-8
     * percent-encoded; empty without any filter.
     */
    public static String query(Object... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            String text = value instanceof Enum<?> constant ? constant.name() : value == null ? null : value.toString();
            if (text != null && !text.isBlank()) {
                query.append(query.length() == 0 ? '?' : '&')
                        .append(namesAndValues[i])
                        .append('=')
                        .append(URLEncoder.encode(text.strip(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** Answers a refused filter: 400 with its message as plain text in the given language. */
    public static void refuse(HttpServletResponse response, Locale locale, Invalid invalid) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(invalid.message(locale));
    }
}
