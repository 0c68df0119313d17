package edu.aum.course.enrollment.api;

import static edu.aum.course.enrollment.entity.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.i18n.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfferingTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2026-11-27");

    static Course course() {
        return new Course(
                "usrr-101 ", "U.S.-Russia Relations", "Российско-американские отношения", "About", "О курсе", NOW);
    }

    static Schedule window(LocalDate opens, LocalDate closes) {
        return new Schedule(closes.plusDays(1), closes.plusDays(90), opens, closes);
    }

    static Offering offering(Integer capacity) {
        return new Offering(course(), window(DAY.minusDays(7), DAY.plusDays(7)), capacity, 4, NOW);
    }

    @Test
    void theCourseSpeaksBothLanguagesAndItsCodeIsNormalized() {
        Course course = course();

        assertEquals("USRR-101", course.getCode());
        assertEquals("Российско-американские отношения", course.title(Language.RU));
        assertEquals("About", course.description(Language.EN));
        assertRefused("course.text.required", () -> course.describe("T", " ", "D", "Д"));
    }

    @Test
    void theCourseMustEndAfterItStarts() {
        assertRefused("offering.endsBeforeStart", () -> new Schedule(DAY, DAY, DAY.minusDays(9), DAY.minusDays(1)));
        assertRefused(
                "offering.endsBeforeStart",
                () -> new Schedule(DAY, DAY.minusDays(1), DAY.minusDays(9), DAY.minusDays(1)));
        assertDoesNotThrow(() -> new Schedule(DAY, DAY.plusDays(1), DAY.minusDays(9), DAY.minusDays(1)));
    }

    @Test
    void enrollmentMustCloseAfterItOpens() {
        assertRefused("offering.closesBeforeOpens", () -> new Schedule(DAY, DAY.plusDays(9), DAY, DAY));
        assertRefused("offering.closesBeforeOpens", () -> new Schedule(DAY, DAY.plusDays(9), DAY, DAY.minusDays(3)));
        assertRefused("offering.dates.required", () -> new Schedule(DAY, null, DAY, DAY.plusDays(1)));
    }

    @Test
    void theWindowIncludesItsFirstAndLastDay() {
        Offering offering = new Offering(course(), window(DAY, DAY.plusDays(10)), null, 4, NOW);

        assertFalse(offering.isEnrollmentOpenOn(DAY.minusDays(1)));
        assertTrue(offering.isEnrollmentOpenOn(DAY));
        assertTrue(offering.isEnrollmentOpenOn(DAY.plusDays(10)));
        assertFalse(offering.isEnrollmentOpenOn(DAY.plusDays(11)));
        assertRefused("enrollment.windowClosed", () -> offering.requireEnrollmentOpenOn(DAY.plusDays(11)));
    }

    @Test
    void capacityIsOptionalButAtLeastOne() {
        assertRefused("offering.capacity.tooSmall", () -> offering(0));
        assertRefused("offering.capacity.tooSmall", () -> offering(-3));
        assertRefused(
                "offering.essaysRequired.tooSmall",
                () -> new Offering(course(), window(DAY, DAY.plusDays(1)), null, 0, NOW));
        assertEquals(Optional.empty(), offering(null).seatsLeft(1000));
        assertEquals(4, offering(null).getEssaysRequired());
    }

    @Test
    void aFullOfferingRefusesTheNextStudent() {
        Offering offering = offering(2);

        assertEquals(Optional.of(2L), offering.seatsLeft(0));
        assertDoesNotThrow(() -> offering.requireSeat(1));
        assertEquals(Optional.of(0L), offering.seatsLeft(2));
        assertRefused("enrollment.full", () -> offering.requireSeat(2));
        assertRefused("enrollment.full", () -> offering.requireSeat(5));
        assertDoesNotThrow(() -> offering(null).requireSeat(1_000_000));
        assertFalse(offering.isFull(1));
        assertTrue(offering.isFull(2), "what the catalogue shows as full is what enrolling refuses");
        assertTrue(offering.isFull(5));
        assertFalse(offering(null).isFull(1_000_000), "no capacity: never full");
    }

    @Test
    void replanningChecksTheSameRules() {
        Offering offering = offering(10);

        assertRefused("offering.capacity.tooSmall", () -> offering.plan(window(DAY, DAY.plusDays(1)), 0, 4));
        assertEquals(10, offering.getCapacity());
        offering.plan(window(DAY, DAY.plusDays(1)), null, 5);
        assertEquals(null, offering.getCapacity());
        assertEquals(5, offering.getEssaysRequired());
    }
}
