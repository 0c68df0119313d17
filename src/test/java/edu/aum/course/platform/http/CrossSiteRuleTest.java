package edu.aum.course.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrossSiteRuleTest {

    private final CrossSiteRule rule = new CrossSiteRule(PublicAddress.of("https://courses.example.edu"));

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "post"})
    void aChangeSentFromAnotherOriginIsRefused(String method) {
        assertTrue(rule.refuses(method, "/account/profile.xhtml", "https://evil.example", null));
    }

    @Test
    void aPostFromThisSiteIsAllowed() {
        assertFalse(rule.refuses("POST", "/login.xhtml", "https://courses.example.edu", "same-origin"));
    }

    @Test
    void anOriginOfTheSameHostOnAnotherSchemeOrPortIsAnotherSite() {
        assertTrue(rule.refuses("POST", "/login.xhtml", "http://courses.example.edu", null));
        assertTrue(rule.refuses("POST", "/login.xhtml", "https://courses.example.edu:8443", null));
        assertTrue(rule.refuses("POST", "/login.xhtml", "null", null), "a sandboxed frame or a data: page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void readingIsNeverRefused(String method) {
        assertFalse(rule.refuses(method, "/student/home.xhtml", "https://evil.example", "cross-site"));
    }

    @Test
    void withoutOriginTheBrowsersFetchSiteDecides() {
        assertTrue(rule.refuses("POST", "/login.xhtml", null, "cross-site"));
        assertTrue(
                rule.refuses("POST", "/login.xhtml", null, "same-site"), "a sibling sub-domain is another site here");
        assertFalse(rule.refuses("POST", "/login.xhtml", null, "same-origin"));
        assertFalse(rule.refuses("POST", "/login.xhtml", null, "none"), "typed or bookmarked by the user");
    }

    @Test
    void aClientThatSendsNeitherHeaderIsNoBrowserAndPasses() {
        assertFalse(rule.refuses("POST", "/login.xhtml", null, null));
    }

    @Test
    void theApiTakesNoCookiesAndIsOpenToOtherSites() {
        assertFalse(rule.refuses("POST", "/api/v1/word-count", "https://evil.example", "cross-site"));
        assertFalse(rule.refuses("POST", "/api", "https://evil.example", null));
        assertTrue(rule.refuses("POST", "/apiary.xhtml", "https://evil.example", null), "only the API's own path");
    }
}
