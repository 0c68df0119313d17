import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A load client that behaves like browsers: each signed-in session is one user sending one request at a time and
 * keeping the cookies of every answer (a distributable session's JSESSIONIDVERSION changes with each request; a
 * client that sends a stale one makes the instance read the session again from the grid, which wrk, with its fixed
 * Cookie header, would measure instead of the application). A figure, not a test.
 *
 * <pre>java cluster/Load.java [-H "Name: value" ...] URL SECONDS WARMUP_SECONDS "COOKIES" ["COOKIES" ...]</pre>
 *
 * Each COOKIES is one session's Cookie header (cluster/sign-in prints one; an empty one is a visitor without a
 * session, who still keeps what the answers set). Each -H header goes with every request (e.g. an Authorization). Prints requests per second, the answers
 * that were not 200 and the median and 90th percentile latency, in one line.
 */
public class Load {

    public static void main(String[] args) throws Exception {
        List<String> headers = new ArrayList<>();
        int at = 0;
        while (at + 1 < args.length && args[at].equals("-H")) {
            String header = args[at + 1];
            int colon = header.indexOf(':');
            headers.add(header.substring(0, colon).strip());
            headers.add(header.substring(colon + 1).strip());
            at += 2;
        }
        if (args.length - at < 4) {
            System.err.println("usage: java cluster/Load.java [-H 'Name: value' ...] URL SECONDS WARMUP_SECONDS COOKIES...");
            System.exit(2);
        }
        URI url = URI.create(args[at]);
        long seconds = Long.parseLong(args[at + 1]);
        long warmup = Long.parseLong(args[at + 2]);
        List<String> sessions = Arrays.asList(args).subList(at + 3, args.length);
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        AtomicLong done = new AtomicLong();
        AtomicLong bad = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Thread> users = new ArrayList<>();
        for (String session : sessions) {
            Thread user = new Thread(() -> {
                Map<String, String> cookies = parse(session);
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    int status;
                    try {
                        HttpRequest.Builder request = HttpRequest.newBuilder(url);
                        if (!cookies.isEmpty()) {
                            request.header("Cookie", header(cookies));
                        }
                        for (int h = 0; h < headers.size(); h += 2) {
                            request.header(headers.get(h), headers.get(h + 1));
                        }
                        HttpResponse<byte[]> answer = http.send(request.build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        status = answer.statusCode();
                        for (String set : answer.headers().allValues("Set-Cookie")) {
                            cookies.putAll(parse(set.split(";", 2)[0]));
                        }
                    } catch (Exception e) {
                        status = -1;
                    }
                    long finished = System.nanoTime();
                    if (start >= warmEnd && finished <= end) {
                        done.incrementAndGet();
                        latencies.add(finished - start);
                        if (status != 200) {
                            bad.incrementAndGet();
                        }
                    }
                }
            });
            user.start();
            users.add(user);
        }
        for (Thread user : users) {
            user.join();
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf(
                "%.2f req/s (%d sessions, one request at a time each; %d not 200) median %.1f ms, p90 %.1f ms%n",
                done.get() / (double) seconds,
                sessions.size(),
                bad.get(),
                percentile(sorted, 0.5),
                percentile(sorted, 0.9));
    }

    private static double percentile(List<Long> sorted, double share) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * share)) / 1e6;
    }

    private static Map<String, String> parse(String cookieHeader) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String pair : cookieHeader.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return cookies;
    }

    private static String header(Map<String, String> cookies) {
        return cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }
}
