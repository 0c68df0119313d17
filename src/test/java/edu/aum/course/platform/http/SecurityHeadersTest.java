package edu.aum.course.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'";

    @Test
    void everyResponseGetsThePolicyNosniffFramesAndReferrer() {
        Map<String, String> headers = SecurityHeaders.of(POLICY, false, false);

        assertEquals(POLICY, headers.get("Content-Security-Policy"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("SAMEORIGIN", headers.get("X-Frame-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
    }

    @Test
    void strictTransportSecurityOnlyForAnHttpsSite() {
        assertFalse(SecurityHeaders.of(POLICY, false, true).containsKey("Strict-Transport-Security"));
        assertEquals("max-age=31536000", SecurityHeaders.of(POLICY, true, true).get("Strict-Transport-Security"));
    }

    @Test
    void noStoreOnlyWhereAsked() {
        assertEquals("no-store", SecurityHeaders.of(POLICY, false, true).get("Cache-Control"));
        assertFalse(SecurityHeaders.of(POLICY, false, false).containsKey("Cache-Control"));
    }
}
