package edu.aum.course.essay.boundary;

import edu.aum.course.essay.control.CalendarFeeds;
import edu.aum.course.platform.http.ClientAddress;
import edu.aum.course.platform.ratelimit.RateLimit;
import edu.aum.course.platform.ratelimit.RequestLimits;
import edu.aum.course.platform.rest.Problem;
import edu.aum.course.platform.text.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * GET /api/calendar/{secret}.ics: a student's private calendar feed (RFC 5545) for Google Calendar, Outlook and the
 * like, which poll it. Not versioned like the JSON API: the address is pasted into calendars once and must keep
 * working, and its format is the RFC's. A malformed, unknown or revoked secret answers 404 alike. Rate-limited per
 * client address (CALENDAR_REQUESTS_PER_MINUTE, default 120: the big calendars poll every feed from a few addresses
 * of their own) and per feed (CALENDAR_FEED_REQUESTS_PER_MINUTE, default 10: a leaked link cannot be hammered). An
 * unchanged feed answers 304 to If-None-Match.
 */
@Path("calendar")
@ApplicationScoped
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar;charset=utf-8";

    @Inject
    @ConfigProperty(name = "calendar.requests.per.minute", defaultValue = "120")
    int perMinute;

    @Inject
    @ConfigProperty(name = "calendar.feed.requests.per.minute", defaultValue = "10")
    int perFeedPerMinute;

    @Inject
    RequestLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Inject
    CalendarFeeds feeds;

    @GET
    @Path("{secret}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(
            summary = "A student's private calendar feed",
            description = "One event per assignment of each enrollment the student has not withdrawn from, from its"
                    + " due time to its cut-off (the student's own when an extension moved them), in UTC. The secret"
                    + " is the student's; they make and revoke it under Calendar in their menu.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = "text/calendar"))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(
            responseCode = "404",
            description = "No feed has this secret (or it was revoked)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "429",
            description = "Too many requests; Retry-After says how many seconds to wait",
            headers = @Header(name = "Retry-After"),
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response feed(@PathParam("secret") String secret, @Context Request request) {
        Optional<Duration> wait = limits.acquire(RateLimit.perMinute("calendar", perMinute), clientAddress.current())
                // counted under the secret's digest: the secret itself is never written anywhere
                .or(() -> limits.acquire(
                        RateLimit.perMinute("calendar-feed", perFeedPerMinute), Sha256.hex(String.valueOf(secret))));
        if (wait.isPresent()) {
            return Response.fromResponse(Problem.of(
                            429,
                            "Too Many Requests",
                            "Too many calendar requests; try again in "
                                    + wait.get().toSeconds() + " seconds."))
                    .header("Retry-After", wait.get().toSeconds())
                    .build();
        }
        Optional<CalendarFeeds.Feed> feed = feeds.read(secret);
        if (feed.isEmpty()) {
            return Problem.of(Response.Status.NOT_FOUND, "There is no calendar at this address.");
        }
        EntityTag tag = new EntityTag(feed.get().etag());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true); // one student's deadlines: no shared cache keeps them
        cache.setMaxAge((int) Duration.ofMinutes(15).toSeconds());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(feed.get().body(), TEXT_CALENDAR)
                .tag(tag)
                .cacheControl(cache)
                .header("Content-Disposition", "inline; filename=\"essays.ics\"")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
