package edu.aum.course.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; each resource carries its version (/api/v1/...). */
@ApplicationPath("api")
public class RestConfiguration extends Application {}
