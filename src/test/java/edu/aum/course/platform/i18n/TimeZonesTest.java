package edu.aum.course.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.BusinessException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    private static final Instant WINTER = Instant.parse("2026-12-04T18:00:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-04T18:00:00Z");

    @Test
    void theRegionalZonesAndUtcCanBeChosenNotAliasesNorInventions() {
        assertEquals(Optional.of(ZoneId.of("America/New_York")), TimeZones.selectable("America/New_York"));
        assertEquals(Optional.of(ZoneId.of("Europe/Moscow")), TimeZones.selectable(" Europe/Moscow "));
        assertEquals(Optional.of(ZoneId.of("UTC")), TimeZones.selectable("UTC"));
        assertEquals(Optional.empty(), TimeZones.selectable("US/Eastern"), "an alias");
        assertEquals(Optional.empty(), TimeZones.selectable("EST5EDT"));
        assertEquals(Optional.empty(), TimeZones.selectable("GMT+03:00"));
        assertEquals(Optional.empty(), TimeZones.selectable("Mars/Olympus_Mons"));
        assertEquals(Optional.empty(), TimeZones.selectable("../../etc/passwd"));
        assertEquals(Optional.empty(), TimeZones.selectable(""));
        assertEquals(Optional.empty(), TimeZones.selectable(null));
        assertTrue(TimeZones.IDS.size() > 300, "the world's zones: " + TimeZones.IDS.size());
    }

    @Test
    void aFormsZoneIsNoneWhenBlankAndRefusedWhenUnknown() {
        assertNull(TimeZones.chosen(" "));
        assertEquals(ZoneId.of("America/Los_Angeles"), TimeZones.chosen("America/Los_Angeles"));
        BusinessException refused = assertThrows(BusinessException.class, () -> TimeZones.chosen("America/Nowhere"));
        assertEquals("timeZone.unknown", refused.key());
    }

    @Test
    void aZoneIsLabelledWithItsIdReadableAndItsNameInTheLanguage() {
        assertEquals("America/New York · Eastern Time", TimeZones.label(ZoneId.of("America/New_York"), Language.EN));
        assertEquals(
                "America/New York · Восточная Америка", TimeZones.label(ZoneId.of("America/New_York"), Language.RU));
        assertEquals("Europe/Moscow · Москва", TimeZones.label(ZoneId.of("Europe/Moscow"), Language.RU));
    }

    @Test
    void aTimeIsShownInTheReadersZoneWithItsAbbreviationAndTheCoursesWhenTheyChoseNone() {
        Dates dates = new Dates();
        dates.zoneId = "Europe/Moscow";
        ZoneId newYork = ZoneId.of("America/New_York");
        assertTrue(
                dates.time(WINTER, Language.EN.locale(), newYork).endsWith("1:00 PM EST"),
                dates.time(WINTER, Language.EN.locale(), newYork));
        assertTrue(dates.time(SUMMER, Language.EN.locale(), newYork).endsWith("2:00 PM EDT"), "daylight saving time");
        assertTrue(
                dates.time(WINTER, Language.RU.locale(), newYork).endsWith("13:00 EST"),
                dates.time(WINTER, Language.RU.locale(), newYork));
        assertTrue(dates.time(WINTER, Language.RU.locale(), null).endsWith("21:00 MSK"), "none chosen: the course's");
        assertEquals("", dates.time(null, Language.EN.locale(), newYork));
    }
}
