package edu.aum.course.partner.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.aum.course.enrollment.api.EnrollmentStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiParametersTest {

    @Test
    void pagingIsBounded() {
        assertEquals(new ApiParameters.Paging(50, 0), ApiParameters.paging("50", "0", 200));
        assertThrows(ApiParameters.Invalid.class, () -> ApiParameters.paging("0", "0", 200));
        assertThrows(ApiParameters.Invalid.class, () -> ApiParameters.paging("201", "0", 200));
        assertThrows(ApiParameters.Invalid.class, () -> ApiParameters.paging("10", "-1", 200));
        assertThrows(ApiParameters.Invalid.class, () -> ApiParameters.paging("ten", "0", 200));
    }

    @Test
    void statusIsOneOfTheEnrollmentStatesInAnyCase() {
        assertEquals(EnrollmentStatus.WITHDRAWN, ApiParameters.status("withdrawn"));
        assertEquals(EnrollmentStatus.ACTIVE, ApiParameters.status("ACTIVE"));
        assertNull(ApiParameters.status(""));
        assertThrows(ApiParameters.Invalid.class, () -> ApiParameters.status("tobedeleted"));
    }

    @Test
    void updatedSinceIsAnIsoTimeOrADate() {
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), ApiParameters.since("2026-11-01T03:00:00+03:00"));
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), ApiParameters.since("2026-11-01"));
        assertNull(ApiParameters.since(null));
        assertThrows(ApiParameters.Invalid.class, () -> ApiParameters.since("yesterday"));
    }

    @Test
    void idsArePositiveNumbers() {
        assertEquals(17L, ApiParameters.id("17", "id"));
        assertNull(ApiParameters.id(null, "offering"));
        assertThrows(ApiParameters.Invalid.class, () -> ApiParameters.id("0", "id"));
        assertThrows(ApiParameters.Invalid.class, () -> ApiParameters.id("1 OR 1=1", "id"));
    }
}
