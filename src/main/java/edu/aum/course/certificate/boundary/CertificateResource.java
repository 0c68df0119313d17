package edu.aum.course.certificate.boundary;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.control.CertificateService;
import edu.aum.course.certificate.credential.CredentialUrls;
import edu.aum.course.platform.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * GET /api/v1/certificates/{serial}: public verification as JSON (DESIGN.md). Unknown or malformed serials
 * answer 404 as problem details; too many requests from one address 429 (VerificationFilter).
 */
@Path("v1/certificates")
@ApplicationScoped
public class CertificateResource {

    @Inject
    CertificateService certificates;

    @Inject
    CredentialUrls urls;

    @GET
    @Path("{serial}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Verify a certificate by its serial",
            description = "Status VALID, REVOKED (with revokedAt and the admin's public revocationReason) or SUPERSEDED"
                    + " (a reissue replaced it); links to its Open Badges credential (credential) and its public page (verifyPage)."
                    + " Public; rate-limited per client address.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate as issued",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "valid",
                                            value =
                                                    "{\"serial\":\"7KQ4-M2XD-9HTR\",\"holderName\":\"Анна Петрова\",\"courseTitle\":"
                                                            + "\"U.S.-Russia Relations\",\"issuedAt\":\"2026-11-27T10:15:30Z\",\"status\":\"VALID\"}")))
    @APIResponse(
            responseCode = "404",
            description = "No certificate has this serial",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "429",
            description = "Too many requests from this address; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response verify(@PathParam("serial") String serial) {
        Optional<Certificate> certificate = certificates.findBySerial(serial);
        if (certificate.isEmpty()) {
            return Problem.of(Response.Status.NOT_FOUND, "No certificate has the serial " + serial + ".");
        }
        Certificate c = certificate.get();
        JsonObjectBuilder json =
                json(c).add("credential", urls.credential(c.getSerial())).add("verifyPage", urls.verify(c.getSerial()));
        return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .build();
    }

    static JsonObjectBuilder json(Certificate c) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("serial", c.getSerial())
                .add("holderName", c.getHolderName())
                .add("courseTitle", c.getCourseTitleEn())
                .add("issuedAt", c.getIssuedAt().toString())
                .add("status", c.getStatus().name())
                .add("courseTitleRu", c.getCourseTitleRu())
                .add("offeringStart", c.getOfferingStart().toString())
                .add("offeringEnd", c.getOfferingEnd().toString());
        if (c.getRevokedAt() != null) {
            json.add("revokedAt", c.getRevokedAt().toString());
        }
        if (c.getRevokedPublicReason() != null) {
            json.add("revocationReason", c.getRevokedPublicReason()); // the public reason, never the internal note
        }
        if (c.getSupersededAt() != null) {
            json.add("supersededAt", c.getSupersededAt().toString());
        }
        return json;
    }
}
