package edu.aum.course.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    private final PublicAddress site = PublicAddress.of("https://Courses.Example.edu/");

    @Test
    void theOriginHasNoDefaultPortAndNoPath() {
        assertEquals("https://courses.example.edu", site.origin());
        assertTrue(site.isHttps());
        assertEquals(
                "http://127.0.0.1:8080",
                PublicAddress.of("http://127.0.0.1:8080").origin());
        assertFalse(PublicAddress.of("http://localhost:8080").isHttps());
    }

    @Test
    void onlyTheSameSchemeHostAndPortIsThisSite() {
        assertTrue(site.isOrigin("https://courses.example.edu"));
        assertTrue(site.isOrigin("https://courses.example.edu:443"));
        assertFalse(site.isOrigin("http://courses.example.edu"), "another scheme");
        assertFalse(site.isOrigin("https://courses.example.edu:8443"), "another port");
        assertFalse(site.isOrigin("https://evil.example"));
        assertFalse(site.isOrigin("https://courses.example.edu.evil.example"));
        assertFalse(site.isOrigin("null"), "a sandboxed page");
        assertFalse(site.isOrigin(null));
        assertFalse(site.isOrigin("::not a url"));
    }

    @Test
    void aPathIsPutUnderThisOrigin() {
        assertEquals("https://courses.example.edu/login.xhtml", site.absolute("/login.xhtml", "/admin/home.xhtml"));
        assertEquals(
                "https://courses.example.edu/student/home.xhtml?x=1",
                site.absolute("/student/home.xhtml?x=1", "/login.xhtml"));
    }

    @Test
    void aRelativeLocationIsTakenFromTheRequestsFolder() {
        assertEquals(
                "https://courses.example.edu/admin/users.xhtml", site.absolute("users.xhtml", "/admin/home.xhtml"));
    }

    @Test
    void anAbsoluteLocationOnTheHostHeadersHostIsMovedToThisOrigin() {
        assertEquals(
                "https://courses.example.edu/login.xhtml?ended=changed",
                site.absolute("http://evil.example/login.xhtml?ended=changed", "/x"));
        assertEquals("https://courses.example.edu/a", site.absolute("//evil.example/a", "/x"), "scheme-relative");
        assertEquals("https://courses.example.edu/", site.absolute("http://evil.example", "/x"));
    }

    @Test
    void anAbsoluteLocationOnThisSiteStaysAsItIs() {
        assertEquals("https://courses.example.edu/a?b#c", site.absolute("https://courses.example.edu/a?b#c", "/x"));
    }

    @Test
    void aSettingThatIsNoHttpAddressIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PublicAddress.of("courses.example.edu"));
        assertThrows(IllegalArgumentException.class, () -> PublicAddress.of("ftp://courses.example.edu"));
        assertThrows(IllegalArgumentException.class, () -> PublicAddress.of("https://"));
    }
}
