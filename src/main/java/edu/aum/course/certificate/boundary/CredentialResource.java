package edu.aum.course.certificate.boundary;

import edu.aum.course.certificate.credential.Credentials;
import edu.aum.course.platform.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/certificates/{serial}/credential: the certificate's Open Badges 3.0 credential, as a VC-JWT
 * (Accept application/vc+jwt or application/jwt, also the default) or as its JSON (Accept application/json);
 * ?format=jwt|json downloads it as a file instead. Public and rate-limited like the certificate JSON.
 */
@Path("v1/certificates/{serial}/credential")
@ApplicationScoped
@Tag(name = "Open Badges credentials")
public class CredentialResource {

    @Inject
    Credentials credentials;

    @GET
    @Operation(
            summary = "The certificate's Open Badges 3.0 credential",
            description = "An OpenBadgeCredential (VC Data Model 2.0) signed as a VC-JWT with a key of "
                    + "/.well-known/jwks.json; Accept: application/json answers the credential's JSON. "
                    + "format=jwt or format=json answers the same as a download. A revoked or superseded "
                    + "certificate's credential is still served: its status list entry says it no longer stands.")
    @APIResponse(
            responseCode = "200",
            description = "The credential",
            content = {@Content(mediaType = Credentials.VC_JWT), @Content(mediaType = MediaType.APPLICATION_JSON)})
    @APIResponse(
            responseCode = "404",
            description = "No certificate has this serial",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "406",
            description = "Neither a JWT nor JSON is acceptable",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "429",
            description = "Too many requests from this address; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response credential(
            @PathParam("serial") String serial,
            @Parameter(description = "jwt or json: answer as a file download") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        CredentialMedia media = CredentialMedia.of(format, headers.getAcceptableMediaTypes());
        if (media == null) {
            return Problem.of(
                    Response.Status.NOT_ACCEPTABLE,
                    "Ask for application/vc+jwt, application/jwt or application/json (or format=jwt|json).");
        }
        return (media.json()
                        ? credentials.credential(serial).map(json -> media.answer(json.toString(), serial))
                        : credentials.jwt(serial).map(jwt -> media.answer(jwt, serial)))
                .orElseGet(
                        () -> Problem.of(Response.Status.NOT_FOUND, "No certificate has the serial " + serial + "."));
    }
}
