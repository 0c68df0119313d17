package edu.aum.course.certificate.boundary;

import edu.aum.course.certificate.credential.CredentialCheck;
import edu.aum.course.certificate.credential.CredentialRejected;
import edu.aum.course.certificate.credential.CredentialRejected.Reason;
import edu.aum.course.certificate.credential.Credentials;
import edu.aum.course.certificate.credential.OpenBadge;
import edu.aum.course.certificate.credential.Verification;
import edu.aum.course.platform.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The issuer profile, the status lists and verification of Open Badges credentials: public, rate-limited per
 * address (VerificationFilter). Bad input answers problem details, never a 500.
 */
@Path("v1/credentials")
@ApplicationScoped
@Tag(name = "Open Badges credentials")
public class CredentialsResource {

    @Inject
    Credentials credentials;

    @GET
    @Path("issuer")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The issuer's Open Badges Profile",
            description = "The id every credential's issuer names; its keys are at /.well-known/jwks.json (jwks_uri).")
    @APIResponse(responseCode = "200", description = "The Profile")
    public Response issuer() {
        JsonObject profile = OpenBadge.profile(credentials.issuer())
                .add(
                        "@context",
                        Json.createArrayBuilder().add(OpenBadge.VC_CONTEXT).add(OpenBadge.OB_CONTEXT))
                .add("jwks_uri", credentials.jwksUrl())
                .build();
        return Response.ok(profile.toString(), MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .build();
    }

    @GET
    @Path("status/{list}")
    @Operation(
            summary = "A Bitstring Status List credential",
            description = "Purpose revocation: bit statusListIndex is 1 when that certificate was revoked or"
                    + " superseded. A VC-JWT by default (Accept application/vc+jwt or application/jwt),"
                    + " the credential's JSON for Accept application/json.")
    @APIResponse(
            responseCode = "200",
            description = "The status list credential",
            content = {@Content(mediaType = Credentials.VC_JWT), @Content(mediaType = MediaType.APPLICATION_JSON)})
    @APIResponse(responseCode = "404", description = "No such list", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response statusList(@PathParam("list") String list, @Context HttpHeaders headers) {
        Integer number = list.matches("[1-9][0-9]{0,8}") ? Integer.valueOf(list) : null;
        if (number == null || !credentials.listExists(number)) {
            return Problem.of(Response.Status.NOT_FOUND, "There is no status list " + list + ".");
        }
        CredentialMedia media = CredentialMedia.of(null, headers.getAcceptableMediaTypes());
        if (media == null) {
            return Problem.of(
                    Response.Status.NOT_ACCEPTABLE, "Ask for application/vc+jwt, application/jwt or application/json.");
        }
        String body =
                media.json() ? credentials.statusListCredential(number).toString() : credentials.statusListJwt(number);
        return Response.ok(body, media.type())
                .header("Vary", "Accept")
                .header("Cache-Control", "no-cache")
                .build();
    }

    @POST
    @Path("verify")
    @Consumes({Credentials.VC_JWT, CredentialMedia.JWT, MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Verify an Open Badges credential (VC-JWT)",
            description = "The body is the VC-JWT itself (application/vc+jwt, application/jwt or text/plain) or"
                    + " {\"credential\":\"<VC-JWT>\"} as JSON. Answers whether the signature holds against the"
                    + " published keys, what our status list says (active or revoked), the certificate's status"
                    + " and what the credential asserts. A malformed (400), oversized (413), tampered, foreign-key,"
                    + " expired or not yet valid (422) credential answers problem details with a reason.")
    @RequestBody(
            content =
                    @Content(mediaType = Credentials.VC_JWT, examples = @ExampleObject(name = "jwt", value = "eyJ...")))
    @APIResponse(
            responseCode = "200",
            description = "The signature holds; verified says whether the credential still stands",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "revoked",
                                            value = "{\"verified\":false,\"signature\":\"valid\",\"kid\":\"3f9a…\","
                                                    + "\"currentKey\":true,\"status\":\"revoked\",\"certificateStatus\":"
                                                    + "\"REVOKED\",\"credential\":{\"type\":[\"VerifiableCredential\","
                                                    + "\"OpenBadgeCredential\"]}}")))
    @APIResponse(responseCode = "400", description = "Malformed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Over 64 KB", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "Tampered, signed by a foreign key, expired or not yet valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "429",
            description = "Too many requests from this address; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response verify(InputStream body, @Context HttpHeaders headers) {
        try {
            Verification verification = credentials.verify(token(body, headers.getMediaType()));
            return Response.ok(json(verification).toString(), MediaType.APPLICATION_JSON + ";charset=UTF-8")
                    .build();
        } catch (CredentialRejected e) {
            return problem(e);
        }
    }

    /** The VC-JWT of the body, read up to one byte past the limit. */
    private static String token(InputStream body, MediaType type) {
        String text;
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(CredentialCheck.MAX_LENGTH + 1);
            if (bytes.length > CredentialCheck.MAX_LENGTH) {
                throw new CredentialRejected(
                        Reason.OVERSIZED, "The request is over " + CredentialCheck.MAX_LENGTH + " bytes.");
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CredentialRejected(Reason.MALFORMED, "The request body could not be read.");
        }
        if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            return text;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            if (reader.readObject().get("credential") instanceof JsonString credential) {
                return credential.getString();
            }
        } catch (JsonException | IllegalStateException e) {
            // answered below
        }
        throw new CredentialRejected(
                Reason.MALFORMED, "A JSON body is {\"credential\": \"<VC-JWT>\"}; send the VC-JWT itself otherwise.");
    }

    private static JsonObject json(Verification v) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("verified", v.verified())
                .add("signature", "valid")
                .add("kid", v.kid())
                .add("currentKey", v.currentKey())
                .add(
                        "status",
                        switch (v.listStatus()) {
                            case ACTIVE -> "active";
                            case REVOKED -> "revoked";
                            case NO_STATUS -> "none";
                        });
        v.certificate().ifPresent(status -> json.add("certificateStatus", status.name()));
        return json.add("credential", v.payload()).build();
    }

    private static Response problem(CredentialRejected e) {
        Reason reason = e.reason();
        String body = Json.createObjectBuilder()
                .add("type", reason.type())
                .add("title", reason.title())
                .add("status", reason.status())
                .add("detail", e.getMessage())
                .add("reason", reason.name())
                .build()
                .toString();
        return Response.status(reason.status())
                .type(Problem.MEDIA_TYPE)
                .entity(body)
                .build();
    }
}
