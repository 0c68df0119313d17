package edu.aum.course.partner.boundary;

import edu.aum.course.certificate.api.ProductSignature;
import edu.aum.course.partner.control.Attestation;
import edu.aum.course.partner.control.PartnerAccess;
import edu.aum.course.partner.control.PartnerEnrollmentService;
import edu.aum.course.partner.control.PartnerFilter;
import edu.aum.course.partner.control.Scope;
import edu.aum.course.partner.control.TokenSecrets;
import edu.aum.course.platform.http.ClientAddress;
import edu.aum.course.platform.ratelimit.RateLimit;
import edu.aum.course.platform.ratelimit.RequestLimits;
import edu.aum.course.platform.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/partner/enrollments[/{id}[/attestation]]: a partner university's enrollments for its own systems, with an
 * API token its staff made ("Authorization: Bearer aum_pt_..."). Thin: the token gives the scope
 * (PartnerAccess), the service reads within it, this class shapes DTOs and errors.
 */
@Path("v1/partner/enrollments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Partner universities",
        description = "The enrollments, progress and certificates of a partner" + " university's own students")
@SecurityScheme(
        securitySchemeName = "partnerToken",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API token made by the university's staff under Our students → API tokens")
@SecurityRequirement(name = "partnerToken")
public class PartnerEnrollmentsResource {

    static final int MAX_LIMIT = 200;
    static final int DEFAULT_LIMIT = 50;

    static final String EXAMPLE = """
            {"sourcedId": "17", "status": "active", "dateLastModified": "2026-11-20T09:15:02.118Z",
             "role": "student", "beginDate": "2026-12-12", "endDate": "2027-03-28",
             "enrolledAt": "2026-11-02T10:00:00Z",
             "user": {"sourcedId": "31", "name": "Ольга Соколова", "email": "olga@demo.edu", "identifier": "MSU-2024-0117"},
             "class": {"sourcedId": "1", "courseCode": "USRR-101", "title": "U.S.-Russia Relations",
                       "titleRu": "Российско-американские отношения", "beginDate": "2026-12-12", "endDate": "2027-03-28"},
             "progress": {"essaysSubmitted": 3, "essaysPassed": 2, "essaysRequired": 4},
             "certificate": {"serial": "AUM-7K3M-Q9TX-2B", "status": "VALID", "issuedAt": "2027-04-02T12:00:00Z"},
             "affiliation": "confirmed", "gradesShared": true}""";
    static final String PAGE_EXAMPLE =
            "{\"total\": 1, \"offset\": 0, \"limit\": 50, \"enrollments\": [" + EXAMPLE + "]}";
    static final String UNAUTHORIZED_EXAMPLE =
            "{\"type\": \"about:blank\", \"title\": \"Unauthorized\", \"status\": 401,"
                    + " \"detail\": \"A valid partner API token is required: Authorization: Bearer <token>.\"}";
    static final String TOO_MANY_EXAMPLE =
            "{\"type\": \"about:blank\", \"title\": \"Too Many Requests\", \"status\": 429,"
                    + " \"detail\": \"Too many requests with this token; try again in 12 seconds.\"}";

    @Inject
    PartnerAccess access;

    @Inject
    PartnerEnrollmentService enrollments;

    /**
     * Calls per token and minute (PARTNER_API_REQUESTS_PER_MINUTE); per address for calls without a valid token a
     * tenth of it, at least 10, so that guessing tokens is slow. Counted across instances (RequestLimits).
     */
    @Inject
    @ConfigProperty(name = "partner.api.requests.per.minute", defaultValue = "120")
    int perMinute;

    @Inject
    RequestLimits limits;

    @Inject
    ProductSignature signature;

    @Inject
    Clock clock;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(
            summary = "The enrollments of the token's university",
            description = "Students who named the token's university as their home university, ordered by sourcedId."
                    + " status is the enrollment's state: active, withdrawn or completed. dateLastModified covers"
                    + " the enrollment, its essays (submitted, released) and its certificate.")
    @APIResponse(
            responseCode = "200",
            description = "A page of enrollments; X-Total-Count has the total",
            headers =
                    @Header(
                            name = "X-Total-Count",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .INTEGER)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EnrollmentPage.class),
                            examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(
            responseCode = "400",
            description = "A parameter is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "401",
            description = "No token, an unknown or a revoked one",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "unauthorized", value = UNAUTHORIZED_EXAMPLE)))
    @APIResponse(
            responseCode = "429",
            description = "Too many requests; Retry-After says how many seconds to wait",
            headers = @Header(name = "Retry-After"),
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "tooMany", value = TOO_MANY_EXAMPLE)))
    public Response list(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "At most this many (1–200)", example = "50")
                    @QueryParam("limit")
                    @DefaultValue("50")
                    String limit,
            @Parameter(description = "Skip this many", example = "0") @QueryParam("offset") @DefaultValue("0")
                    String offset,
            @Parameter(description = "Only this offering (class sourcedId)", example = "1") @QueryParam("offering")
                    String offering,
            @Parameter(description = "Only this state: active, withdrawn or completed", example = "active")
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description =
                                    "Only enrollments changed at or after this time (ISO 8601, e.g. 2026-11-01T00:00:00Z, or a date)",
                            example = "2026-11-01T00:00:00Z")
                    @QueryParam("updatedSince")
                    String updatedSince) {
        return authorized(authorization, scope -> {
            ApiParameters.Paging paging = ApiParameters.paging(limit, offset, MAX_LIMIT);
            PartnerFilter filter = new PartnerFilter(
                    ApiParameters.id(offering, "offering"),
                    ApiParameters.status(status),
                    null,
                    ApiParameters.since(updatedSince));
            long total = enrollments.count(scope, filter);
            var page =
                    enrollments
                            .search(scope, filter, paging.offset(), paging.limit(), PartnerEnrollmentService.Order.ID)
                            .stream()
                            .map(row -> EnrollmentDto.of(row, null))
                            .toList();
            return Response.ok(new EnrollmentPage(total, paging.offset(), paging.limit(), page))
                    .header("X-Total-Count", total)
                    .build();
        });
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "One enrollment of the token's university, with its essays",
            description = "essays lists every assignment of the class: dates, word count, lateness and state, never"
                    + " the text; score and result only when released and the student allowed their university to see"
                    + " grades (gradesShared). Another university's enrollment answers 404, as an unknown one does.")
    @APIResponse(
            responseCode = "200",
            description = "The enrollment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EnrollmentDto.class),
                            examples = @ExampleObject(name = "enrollment", value = EXAMPLE)))
    @APIResponse(
            responseCode = "401",
            description = "No token, an unknown or a revoked one",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "unauthorized", value = UNAUTHORIZED_EXAMPLE)))
    @APIResponse(
            responseCode = "404",
            description = "No such enrollment among the university's students",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "429",
            description = "Too many requests; Retry-After says how many seconds to wait",
            headers = @Header(name = "Retry-After"),
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response one(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(in = ParameterIn.PATH, description = "The enrollment's sourcedId", example = "17")
                    @PathParam("id")
                    String id) {
        return authorized(authorization, scope -> {
            Long enrollmentId = ApiParameters.id(id, "id");
            return enrollments
                    .find(scope, enrollmentId)
                    .map(row -> Response.ok(EnrollmentDto.of(row, enrollments.essays(scope, enrollmentId)))
                            .build())
                    .orElseGet(() -> Problem.of(
                            Response.Status.NOT_FOUND, "No enrollment " + id + " among your university's students."));
        });
    }

    @GET
    @Path("{id}/attestation")
    @Produces("application/jwt")
    @Operation(
            summary = "A signed attestation of one enrollment, for a third party",
            description = "A compact JWS (typ JWT) signed with the product's key (the same keys as the Open Badges"
                    + " credentials, /.well-known/jwks.json): that this student (name, student number, university) is"
                    + " enrolled in this class with this status and progress as of now; iat/nbf now, exp 30 days"
                    + " later, type EnrollmentAttestation. Anyone checks it offline against the JWKS, or with"
                    + " POST /api/v1/credentials/verify. Another university's enrollment answers 404.")
    @APIResponse(
            responseCode = "200",
            description = "The attestation (compact JWS)",
            content = @Content(mediaType = "application/jwt"))
    @APIResponse(
            responseCode = "401",
            description = "No token, an unknown or a revoked one",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No such enrollment among the university's students",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "429",
            description = "Too many requests; Retry-After says how many seconds to wait",
            headers = @Header(name = "Retry-After"),
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response attestation(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(in = ParameterIn.PATH, description = "The enrollment's sourcedId", example = "17")
                    @PathParam("id")
                    String id) {
        return authorized(authorization, scope -> {
            Long enrollmentId = ApiParameters.id(id, "id");
            return enrollments
                    .find(scope, enrollmentId)
                    .map(row -> Response.ok(
                                    signature.sign(
                                            Attestation.claims(
                                                    row, signature.issuerId(), signature.issuerName(), clock.instant()),
                                            "JWT"),
                                    "application/jwt")
                            .build())
                    .orElseGet(() -> Problem.of(
                            Response.Status.NOT_FOUND, "No enrollment " + id + " among your university's students."));
        });
    }

    private Response authorized(String authorization, Function<Scope, Response> action) {
        Optional<Scope> scope = access.ofToken(TokenSecrets.fromAuthorization(authorization));
        if (scope.isEmpty()) {
            Optional<Duration> wait = limits.acquire(
                    RateLimit.perMinute("api-address", Math.max(10, perMinute / 10)), clientAddress.of(request));
            return wait.map(this::tooMany)
                    .orElseGet(() -> Response.fromResponse(Problem.of(
                                    Response.Status.UNAUTHORIZED,
                                    "A valid partner API token is required: Authorization: Bearer <token>."))
                            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"partner\"")
                            .build());
        }
        Optional<Duration> wait = limits.acquire(
                RateLimit.perMinute("api-token", perMinute),
                String.valueOf(scope.get().tokenId()));
        if (wait.isPresent()) {
            return tooMany(wait.get());
        }
        try {
            return action.apply(scope.get());
        } catch (ApiParameters.Invalid e) {
            return Problem.of(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    private Response tooMany(Duration wait) {
        return Response.fromResponse(Problem.of(
                        429,
                        "Too Many Requests",
                        "Too many requests with this token; try again in " + wait.toSeconds() + " seconds."))
                .header("Retry-After", wait.toSeconds())
                .build();
    }
}
