package edu.aum.course.university.api;

import static edu.aum.course.enrollment.entity.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.enrollment.control.EnrollmentFilter;
import org.junit.jupiter.api.Test;

class HomeUniversityTest {

    @Test
    void aStudentPicksFromTheListOrNamesAnotherWithItsCountry() {
        assertTrue(new HomeUniversity(7L, null, null).isListed());
        assertTrue(new HomeUniversity(7L, " ", Country.US).isListed());
        assertFalse(new HomeUniversity(null, "Tomsk State University", Country.RU).isListed());
    }

    @Test
    void nothingBothOrNoCountryIsRefused() {
        assertRefused("enrollment.university.required", () -> new HomeUniversity(null, " ", null).isListed());
        assertRefused("enrollment.university.both", () -> new HomeUniversity(7L, "Tomsk", Country.RU).isListed());
        assertRefused(
                "enrollment.university.countryRequired", () -> new HomeUniversity(null, "Tomsk", null).isListed());
    }

    @Test
    void theTextFilterEscapesLikeWildcards() {
        assertTrue(new EnrollmentFilter(null, " 50%_Off! ").likePattern().equals("%50!%!_off!!%"));
        assertFalse(new EnrollmentFilter(null, "  ").hasText());
    }
}
