package edu.aum.course.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The REST API lives under /api; each resource carries its version (/api/v1/...). */
@ApplicationPath("api")
public class RestConfiguration extends Application {

    /** No generated WADL (/api/application.wadl, OPTIONS answers): the published description is /openapi. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
