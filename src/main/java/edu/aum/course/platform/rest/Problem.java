package edu.aum.course.platform.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/** An error answer of the REST API as RFC 9457 problem details (application/problem+json). */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {}

    public static Response of(Response.Status status, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    public static Response of(int status, String title, String detail) {
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString();
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }
}
