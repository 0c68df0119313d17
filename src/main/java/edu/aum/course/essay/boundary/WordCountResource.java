package edu.aum.course.essay.boundary;

import edu.aum.course.essay.api.WordCounter;
import edu.aum.course.platform.http.ClientAddress;
import edu.aum.course.platform.ratelimit.RateLimit;
import edu.aum.course.platform.ratelimit.RequestLimits;
import edu.aum.course.platform.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * POST /api/v1/word-count: the essay as text/plain or text/html answers {"words": N}, counted by
 * the same WordCounter as the editor and the submission check. Bodies over 1 MB answer 413; too many
 * requests from one client address 429 with Retry-After, before the body is read: WORD_COUNT_REQUESTS_PER_MINUTE
 * (default 600) per address, counted across instances (RequestLimits). The essay page asks at most once per 300 ms
 * pause in typing (essay.js), some 200 a minute for one student typing without a break, so three times that leaves
 * room for a few students behind one address while stopping a script that feeds the counter megabytes in a loop.
 */
@Path("v1/word-count")
@ApplicationScoped
public class WordCountResource {

    static final int MAX_BYTES = 1024 * 1024;

    @Inject
    @ConfigProperty(name = "word.count.requests.per.minute", defaultValue = "600")
    int perMinute;

    @Inject
    RequestLimits limits;

    @Inject
    ClientAddress clientAddress;

    /** The answer. */
    public record WordCount(int words) {}

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Count the words of an essay",
            description = "The rule of the product: block elements separate words, dashes split, "
                    + "a token is a word if it holds a letter or a digit.")
    @RequestBody(
            content = {
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        examples =
                                @ExampleObject(
                                        name = "plain",
                                        value = "U.S.-Russia relations, 1991–2024: a well-written essay.")),
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        examples =
                                @ExampleObject(
                                        name = "html",
                                        value = "<p>Cold War<strong>—again</strong>?</p><p>O'Connor&nbsp;wrote</p>"))
            })
    @APIResponse(
            responseCode = "200",
            description = "The number of words",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "count", value = "{\"words\": 7}")))
    @APIResponse(responseCode = "413", description = "The body is over 1 MB")
    @APIResponse(responseCode = "415", description = "Neither text/plain nor text/html")
    @APIResponse(
            responseCode = "429",
            description = "Too many requests from this address; Retry-After says how many seconds to wait",
            headers = @Header(name = "Retry-After"),
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response count(@HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, InputStream body) throws IOException {
        Optional<Duration> wait = limits.acquire(RateLimit.perMinute("word-count", perMinute), clientAddress.current());
        if (wait.isPresent()) {
            return Response.fromResponse(Problem.of(
                            429,
                            "Too Many Requests",
                            "Too many word counts from your address; try again in "
                                    + wait.get().toSeconds() + " seconds."))
                    .header("Retry-After", wait.get().toSeconds())
                    .build();
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The essay must be at most 1 MB.");
        }
        Charset charset = charsetOf(type);
        if (charset == null) {
            return Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Unknown charset in the Content-Type.");
        }
        String text = new String(bytes, charset);
        boolean html = type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE);
        return Response.ok(new WordCount(html ? WordCounter.countHtml(text) : WordCounter.countText(text)))
                .build();
    }

    private static Charset charsetOf(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
