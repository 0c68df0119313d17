package edu.aum.course.essay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** The hand-written RFC 5545: escaping, folding at 75 octets of UTF-8, UTC times; and ical4j reads it back as written. */
class ICalendarTest {

    static final Instant STAMP = Instant.parse("2031-03-03T09:00:00Z");
    static final Instant DUE = Instant.parse("2031-03-10T20:59:00Z");
    static final Instant CUTOFF = Instant.parse("2031-03-12T20:59:00Z");

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", ICalendar.text("a\\b;c,d\ne\r\nf\rg"));
        assertEquals("tab\tkept, bell gone".replace(",", "\\,"), ICalendar.text("tab\tkept, bell\u0007 gone"));
        assertEquals("", ICalendar.text(null));
    }

    @Test
    void timesAreInUtcWithZ() {
        assertEquals("20310310T205900Z", ICalendar.utc(DUE));
    }

    @Test
    void longLinesFoldAt75OctetsAndContinueWithASpace() {
        String line = "SUMMARY:" + "x".repeat(200);
        String folded = ICalendar.fold(line);
        String[] parts = folded.split("\r\n", -1);
        assertEquals(75, octets(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            assertTrue(parts[i].startsWith(" "), parts[i]);
            assertTrue(octets(parts[i]) <= 75, parts[i]);
        }
        assertEquals(line, unfold(folded));
        assertEquals("SHORT:line", ICalendar.fold("SHORT:line"), "a short line stays whole");
    }

    @Test
    void foldingNeverSplitsACyrillicLetterOrAnEmoji() {
        String line = "SUMMARY:" + "Эссе об отношениях России и США 🇷🇺🇺🇸 ".repeat(8);
        String folded = ICalendar.fold(line);
        for (String part : folded.split("\r\n")) {
            assertTrue(octets(part) <= 75, part);
            assertFalse(Character.isLowSurrogate(part.charAt(part.startsWith(" ") ? 1 : 0)), "split a surrogate pair");
            assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(part), "whole characters only: " + part);
        }
        assertEquals(line, unfold(folded));
    }

    @Test
    void everyLineEndsWithCrlf() {
        String text = ICalendar.write("-//T//T//EN", "Calendar", List.of(event("a@x", "One", "Two", null)));
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "a bare line feed");
    }

    @Test
    void ical4jReadsTheFeedBackValidWithItsEventsAsWritten() throws Exception {
        String summary = "HIST-101: Эссе «США и Россия; 1991–2024, снова» due";
        String description = "Course, with commas; and semicolons\\backslash\nsecond line "
                + "and a long tail that must be folded ".repeat(3) + "end";
        String text = ICalendar.write(
                CalendarFeeds.PRODUCT,
                "Сроки эссе — Анна Петрова",
                List.of(
                        event("assignment-1-enrollment-2@example.edu", summary, description, CUTOFF),
                        event("assignment-3-enrollment-2@example.edu", "Plain", null, DUE)));

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result.toString());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        VEvent first = events.get(0);
        assertEquals(
                "assignment-1-enrollment-2@example.edu",
                first.getUid().orElseThrow().getValue());
        assertEquals(summary, value(first, Property.SUMMARY));
        assertEquals(description, value(first, Property.DESCRIPTION));
        assertEquals("20310310T205900Z", value(first, Property.DTSTART));
        assertEquals("20310312T205900Z", value(first, Property.DTEND));
        assertEquals("20310303T090000Z", value(first, Property.DTSTAMP));
        assertEquals("https://example.edu/student/essay.xhtml?assignment=1", value(first, Property.URL));
        assertTrue(
                events.get(1).getPropertyList().getProperty(Property.DTEND).isEmpty(),
                "a due time equal to the" + " cut-off is a moment, without DTEND");
    }

    private static ICalendar.Event event(String uid, String summary, String description, Instant cutoff) {
        return new ICalendar.Event(
                uid, STAMP, DUE, cutoff, summary, description, "https://example.edu/student/essay.xhtml?assignment=1");
    }

    private static String value(Component component, String name) {
        return component
                .getPropertyList()
                .getProperty(name)
                .map(Property::getValue)
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    private static int octets(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String unfold(String folded) {
        return folded.replace("\r\n ", "");
    }
}
