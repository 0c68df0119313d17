package edu.aum.course.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's own refusals (an unknown path, a method or media type it does not take) answer as problem details like
 * every other API error, rather than with the server's HTML error report; an answer a resource built itself is
 * kept as it is.
 */
@Provider
public class StatusProblems implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        Response.StatusType status = response.getStatusInfo();
        Response problem = Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail(status.getStatusCode()));
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        response.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address of the API.";
            case 405 -> "This address of the API does not take this method; the Allow header names those it takes.";
            case 406 -> "The API cannot answer in any of the media types the Accept header names.";
            case 415 -> "The API does not take a body of this media type here; see /openapi.";
            default -> "The API could not handle this request.";
        };
    }
}
