package edu.aum.course.essay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.PayaraServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public contract POST /api/v1/word-count on the deployed application. */
@ExtendWith(PayaraServer.class)
class WordCountApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void plainTextIsCountedByTheRule() throws Exception {
        var response =
                post("text/plain; charset=UTF-8", "U.S.-Russia relations, 1991–2024: a well-written essay — again.");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("{\"words\":8}", response.body().replace(" ", ""));
    }

    @Test
    void htmlIsCountedWithBlocksAndEntities() throws Exception {
        var response = post(
                "text/html", "<p>Россия&nbsp;и&nbsp;США</p><p>Cold War<strong>—again</strong></p><!-- not counted -->");

        assertEquals(200, response.statusCode());
        assertEquals("{\"words\":6}", response.body().replace(" ", ""));
    }

    @Test
    void anEmptyEssayHasNoWords() throws Exception {
        assertEquals("{\"words\":0}", post("text/plain", "").body().replace(" ", ""));
    }

    @Test
    void exactlyOneMegabyteIsAccepted() throws Exception {
        String body = "word ".repeat(1024 * 1024 / 5) + "x".repeat(1024 * 1024 % 5);

        var response = post("text/plain", body);

        assertEquals(200, response.statusCode());
        assertEquals(
                "{\"words\":" + (1024 * 1024 / 5 + 1) + "}", response.body().replace(" ", ""));
    }

    @Test
    void aBodyOverOneMegabyteIs413WithAProblem() throws Exception {
        var response = post("text/plain", "x".repeat(1024 * 1024 + 1));

        assertEquals(413, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("\"status\":413"), response.body());
    }

    @Test
    void otherMediaTypesAre415() throws Exception {
        assertEquals(415, post("application/json", "{\"text\":\"a b\"}").statusCode());
    }

    @Test
    void theEndpointIsDescribedInTheOpenApiDocument() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(PayaraServer.url("/openapi"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/word-count"), response.body());
    }

    /**
     * The default budget (600 a minute per address, refilled at 10 a second) is three times what one student
     * typing without a break sends (one call per 300 ms pause, essay.js): from one address at least 600 calls in
     * a row pass, and the first refused one comes no later than the budget plus what refilled meanwhile; it is
     * 429 as problem details with Retry-After, and another address still counts.
     */
    @Test
    void oneAddressIsRateLimitedWithAProblemAndRetryAfter() throws Exception {
        String address = "198.51.100.61";
        long start = System.nanoTime();
        int passed = 0;
        HttpResponse<String> refused = null;
        while (refused == null && passed < 5000) {
            List<CompletableFuture<HttpResponse<String>>> batch = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                batch.add(postAsync(address, "a typed word"));
            }
            for (CompletableFuture<HttpResponse<String>> call : batch) {
                HttpResponse<String> response = call.get();
                if (response.statusCode() == 200) {
                    passed++;
                } else if (refused == null) {
                    refused = response;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        assertTrue(refused != null, passed + " calls passed in " + seconds + " s");
        assertTrue(passed >= 600, "only " + passed + " calls passed");
        assertTrue(passed <= 600 + 10 * seconds + 20, passed + " calls passed in " + seconds + " s");
        assertEquals(429, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("\"status\":429"), refused.body());
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(200, post("198.51.100.62", "text/plain", "another address").statusCode());
    }

    private CompletableFuture<HttpResponse<String>> postAsync(String forwardedFor, String body) {
        return http.sendAsync(
                HttpRequest.newBuilder(URI.create(PayaraServer.url("/api/v1/word-count")))
                        .header("X-Forwarded-For", forwardedFor)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
        return post(null, contentType, body);
    }

    private HttpResponse<String> post(String forwardedFor, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PayaraServer.url("/api/v1/word-count")));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor); // the server trusts 127.0.0.1 as a proxy
        }
        return http.send(
                request.header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
