package edu.aum.course.certificate.boundary;

import edu.aum.course.certificate.credential.Credentials;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * How a credential is answered: as a VC-JWT or as JSON, chosen by ?format= (a download) or else by the Accept
 * header (a JWT when anything goes).
 */
record CredentialMedia(String type, boolean json, boolean download) {

    static final String JWT = "application/jwt";

    /** Null when neither form is acceptable. */
    static CredentialMedia of(String format, List<MediaType> accepted) {
        if ("jwt".equalsIgnoreCase(format)) {
            return new CredentialMedia(Credentials.VC_JWT, false, true);
        }
        if ("json".equalsIgnoreCase(format)) {
            return new CredentialMedia(MediaType.APPLICATION_JSON + ";charset=UTF-8", true, true);
        }
        for (MediaType type : accepted) { // most preferred first
            String name = type.getType() + "/" + type.getSubtype();
            if (type.isWildcardType() || name.equals("application/*") || name.equals(Credentials.VC_JWT)) {
                return new CredentialMedia(Credentials.VC_JWT, false, false);
            }
            if (name.equals(JWT)) {
                return new CredentialMedia(JWT, false, false);
            }
            if (name.equals(MediaType.APPLICATION_JSON) || name.equals("application/ld+json")) {
                return new CredentialMedia(MediaType.APPLICATION_JSON + ";charset=UTF-8", true, false);
            }
        }
        return accepted.isEmpty() ? new CredentialMedia(Credentials.VC_JWT, false, false) : null;
    }

    Response answer(String body, String serial) {
        Response.ResponseBuilder response = Response.ok(body, type).header("Vary", "Accept");
        if (download) {
            response.header(
                    "Content-Disposition",
                    "attachment; filename=\"credential-" + serial.replaceAll("[^A-Za-z0-9-]", "")
                            + (json ? ".json\"" : ".jwt\""));
        }
        return response.build();
    }
}
