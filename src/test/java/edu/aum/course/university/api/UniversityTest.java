package edu.aum.course.university.api;

import static edu.aum.course.enrollment.entity.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UniversityTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final University msu = new University("Lomonosov Moscow State University", "МГУ", "RU", true, NOW);
    private final University named = University.namedByStudent(" Tomsk State University ", Country.RU, NOW);

    @Test
    void aStudentNamedUniversityIsNotListedAndHasOneName() {
        assertFalse(named.isListed());
        assertFalse(named.isPartner());
        assertEquals("Tomsk State University", named.getNameEn());
        assertEquals("Tomsk State University", named.getNameRu());
        assertTrue(msu.isListed());
    }

    @Test
    void onlyUsAndRussiaAreCountries() {
        assertEquals(Country.US, Country.of(" us"));
        assertRefused("university.country.unknown", () -> Country.of("DE"));
        assertRefused("university.country.unknown", () -> new University("A", "А", "FR", false, NOW));
        assertRefused("university.name.required", () -> new University(" ", "А", "RU", false, NOW));
    }

    @Test
    void aNamedUniversityMergesIntoAListedOne() {
        named.mergeInto(msu);

        assertTrue(named.isMerged());
        assertSame(msu, named.getMergedInto());
        assertRefused("university.merge.notNamed", () -> named.mergeInto(msu));
    }

    @Test
    void listedUniversitiesAreNotMergedAndNothingMergesIntoANamedOne() {
        University other = University.namedByStudent("Other", Country.US, NOW);

        assertRefused("university.merge.notNamed", () -> msu.mergeInto(msu));
        assertRefused("university.merge.targetNotListed", () -> named.mergeInto(other));
        assertRefused("university.merge.targetNotListed", () -> named.mergeInto(named));
    }

    @Test
    void editingChangesNamesCountryAndPartnership() {
        msu.edit(" MSU ", "МГУ имени М. В. Ломоносова", Country.RU, false);

        assertEquals("MSU", msu.getNameEn());
        assertFalse(msu.isPartner());
        assertRefused("university.name.required", () -> msu.edit("MSU", null, Country.RU, true));
    }
}
