package edu.aum.course.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.audit.AuditFilter;
import edu.aum.course.platform.http.FilterParameters;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The audit screen's filters: the CSV link carries exactly what the screen filters by, a day that cannot be read is
 * refused, days are whole days in the pages' zone, an offering reaches every kind of thing that belongs to one, and
 * an e-mail that names nobody finds nothing rather than everything.
 */
class AuditSearchTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void theCsvLinkCarriesTheScreensFilters() {
        AuditSearch search = new AuditSearch(
                "анна@x.ru", 3L, 42L, "AB-12", "Submission", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));

        assertEquals(search, AuditSearch.fromQuery(parameters(search.query())::get));
        assertEquals("", AuditSearch.ANY.query());
    }

    @Test
    void aDayThatCannotBeReadIsRefused() {
        var refused = assertThrows(
                FilterParameters.Invalid.class, () -> AuditSearch.fromQuery(Map.of("from", "1.9.2026")::get));

        assertEquals("filter.notADay", refused.key());
    }

    @Test
    void daysAreWholeDaysInThePagesZone() {
        AuditFilter filter = new AuditSearch(
                        null, null, null, null, null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1))
                .filter(email -> Optional.empty(), MOSCOW)
                .orElseThrow();

        assertEquals(Instant.parse("2026-08-31T21:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-09-01T21:00:00Z"), filter.to());
    }

    @Test
    void anOfferingReachesEveryKindThatBelongsToOne() {
        AuditFilter filter = new AuditSearch(null, 3L, null, null, null, null, null)
                .filter(email -> Optional.empty(), MOSCOW)
                .orElseThrow();

        assertEquals(1, filter.scopes().size());
        assertEquals(3L, filter.scopes().get(0).value());
        assertEquals(
                Set.of(
                        "Submission",
                        "Review",
                        "Certificate",
                        "Enrollment",
                        "Offering",
                        "Assignment",
                        "Extension",
                        "Rubric"),
                filter.scopes().get(0).idsBySubjectType().keySet());
    }

    @Test
    void anEmailThatNamesNobodyFindsNothing() {
        AuditSearch search = new AuditSearch("nobody@x.ru", null, null, null, null, null, null);

        assertTrue(search.filter(email -> Optional.empty(), MOSCOW).isEmpty());
        assertEquals(
                Long.valueOf(7),
                search.filter(email -> Optional.of(7L), MOSCOW).orElseThrow().actorId());
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.substring(1).split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.put(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
