package edu.aum.course.essay.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * An iCalendar object (RFC 5545) written by hand: a VCALENDAR of VEVENTs with times in UTC, TEXT values escaped
 * (backslash, semicolon, comma, line breaks) and content lines folded at 75 octets of UTF-8 without splitting a
 * character. Small enough not to need a library (ICalendarTest parses the output with ical4j to prove it valid).
 */
public final class ICalendar {

    static final String CRLF = "\r\n";
    static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One event: a moment (end null) or a span, both in UTC; url may be null. */
    public record Event(
            String uid, Instant stamp, Instant start, Instant end, String summary, String description, String url) {

        public Event {
            Objects.requireNonNull(uid);
            Objects.requireNonNull(stamp);
            Objects.requireNonNull(start);
            if (end != null && !end.isAfter(start)) {
                end = null; // RFC 5545: DTEND must be later than DTSTART; without it the event is a moment
            }
        }

        public Event stampedAt(Instant when) {
            return new Event(uid, when, start, end, summary, description, url);
        }
    }

    private ICalendar() {}

    /** The whole object, lines ending in CRLF. The name is the calendar's (X-WR-CALNAME, RFC 7986 NAME). */
    public static String write(String productId, String name, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + text(productId));
        line(out, "CALSCALE:GREGORIAN");
        // no METHOD: a feed to subscribe to is no iTIP message (RFC 5546 PUBLISH would want an ORGANIZER)
        line(out, "NAME:" + text(name));
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(out, "X-PUBLISHED-TTL:PT1H");
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + utc(event.stamp()));
            line(out, "DTSTART:" + utc(event.start()));
            if (event.end() != null) {
                line(out, "DTEND:" + utc(event.end()));
            }
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            if (event.url() != null) {
                line(out, "URL:" + event.url().replaceAll("[\\r\\n]", ""));
            }
            line(out, "TRANSP:TRANSPARENT"); // a deadline does not make the student busy
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** A TEXT value: backslash, semicolon and comma escaped, any line break as \n, other control characters dropped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends one content line, folded: at most 75 octets a line, each continuation starting with a space. */
    static void line(StringBuilder out, String line) {
        out.append(fold(line)).append(CRLF);
    }

    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(line, i, i + chars);
            octets += size;
            i += chars;
        }
        return out.toString();
    }
}
