package edu.aum.course.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one strict way exports read their filters: any case, any script, blank is none, bad is refused. */
class FilterParametersTest {

    enum Status {
        ACTIVE,
        WITHDRAWN
    }

    @Test
    void aChoiceIsMatchedInAnyCaseAndBlankIsNoFilter() {
        assertEquals(Status.WITHDRAWN, FilterParameters.choice("withdrawn", Status.class, "status"));
        assertEquals(Status.WITHDRAWN, FilterParameters.choice(" WITHDRAWN ", Status.class, "status"));
        assertEquals(Status.ACTIVE, FilterParameters.choice("Active", Status.class, "status"));
        assertNull(FilterParameters.choice("", Status.class, "status"));
        assertNull(FilterParameters.choice(null, Status.class, "status"));
    }

    @Test
    void anUnknownChoiceIsRefusedNamingTheAllowedValuesInTheUsersLanguage() {
        var invalid = assertThrows(
                FilterParameters.Invalid.class, () -> FilterParameters.choice("bogus", Status.class, "status"));
        assertEquals("filter.unknownValue", invalid.key());
        assertEquals(
                "The filter status cannot be \"bogus\"; use one of: active, withdrawn.",
                invalid.message(Locale.ENGLISH));
        assertTrue(invalid.message(Locale.forLanguageTag("ru")).startsWith("Фильтр status не может быть «bogus»"));
    }

    @Test
    void anIdIsAPositiveNumberOrNothing() {
        assertEquals(12L, FilterParameters.id(" 12 ", "offering"));
        assertNull(FilterParameters.id("", "offering"));
        assertNull(FilterParameters.id(null, "offering"));
        for (String bad : new String[] {"abc", "-1", "0", "1.5", "99999999999999999999"}) {
            var invalid = assertThrows(FilterParameters.Invalid.class, () -> FilterParameters.id(bad, "offering"), bad);
            assertEquals("filter.notAnId", invalid.key(), bad);
        }
        assertEquals(
                "filter.required",
                assertThrows(FilterParameters.Invalid.class, () -> FilterParameters.requiredId(" ", "offering"))
                        .key());
        assertEquals(7L, FilterParameters.requiredId("7", "offering"));
    }

    @Test
    void theExportLinkCarriesTheFiltersUtf8EncodedAndLeavesOutTheEmptyOnes() {
        assertEquals("", FilterParameters.query("offering", null, "status", null, "text", " "));
        String query = FilterParameters.query("offering", 5L, "status", Status.WITHDRAWN, "text", " Ольга & Co ");
        assertTrue(query.startsWith("?offering=5&status=WITHDRAWN&text="), query);
        String text = query.substring(query.indexOf("text=") + 5);
        assertTrue(text.matches("[A-Za-z0-9%+._*-]*"), "percent-encoded: " + text);
        assertEquals("Ольга & Co", URLDecoder.decode(text, StandardCharsets.UTF_8));
        assertEquals("Ольга & Co", FilterParameters.text(URLDecoder.decode(text, StandardCharsets.UTF_8)));
        assertNull(FilterParameters.text("  "));
    }
}
