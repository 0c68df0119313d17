package edu.aum.course.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaticResourcesTest {

    @Test
    void stylesScriptsImagesAndTheIconMayBeCached() {
        assertTrue(StaticResources.contains("/jakarta.faces.resource/core.js.xhtml"));
        assertTrue(StaticResources.contains("/resources/css/app.css"));
        assertTrue(StaticResources.contains("/favicon.ico"));
    }

    @Test
    void pagesDownloadsAndDynamicContentAreNot() {
        assertFalse(StaticResources.contains("/student/home.xhtml"));
        assertFalse(StaticResources.contains("/student/certificate.pdf"));
        assertFalse(StaticResources.contains("/jakarta.faces.resource/dynamiccontent.properties.xhtml"));
        assertFalse(StaticResources.contains("/api/v1/certificates/1"));
    }
}
