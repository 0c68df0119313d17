package edu.aum.course.enrollment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.BusinessException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderHoursTest {

    @Test
    void typedHoursAreKeptLargestFirstEachOnce() {
        assertEquals(List.of(72, 48, 2), ReminderHours.parse(" 2, 48;72 48 ").hours());
        assertEquals("72, 48, 2", ReminderHours.parse("2,48,72").toString());
        assertEquals("48,2", ReminderHours.DEFAULT.stored());
    }

    @Test
    void emptyMeansNoReminders() {
        assertTrue(ReminderHours.parse("  ").isNone());
        assertEquals("", ReminderHours.parse(null).toString());
    }

    @Test
    void anythingButOneToFiveWholeHoursUpToThirtyDaysIsRefused() {
        for (String bad : List.of("0", "-2", "721", "2.5", "soon", "1,2,3,4,5,6")) {
            BusinessException refused = assertThrows(BusinessException.class, () -> ReminderHours.parse(bad), bad);
            assertEquals("offering.reminders.invalid", refused.key());
        }
        assertEquals(5, ReminderHours.parse("1,2,3,4,720").hours().size());
    }
}
