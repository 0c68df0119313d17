package edu.aum.course.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * How the pages of issue 15 grow with the data, in one run on the MariaDB/MySQL of DB_URL: seeds an offering of
 * {@code essays.small} essays (default 10,000), times each page, then seeds another offering up to {@code essays}
 * in all (default 1,000,000) and times the same pages on it; prints the medians and the ratio, and the server's
 * resident memory after start and at the end. A command, not a test of the build:
 * {@code DB_URL=jdbc:mysql://127.0.0.1:3306/course_bench_growth DB_USER=root mvn -Pbenchmark-growth} (README).
 */
@ExtendWith({GrowthBenchmark.FreshDatabase.class, PayaraServer.class})
class GrowthBenchmark {

    /**
     * Drops and creates the database of DB_URL before the server starts on it, so that the first figures are those
     * of a database of the small size; only a database whose name starts with "course_bench" (a benchmark's own).
     */
    static final class FreshDatabase implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            String url = url();
            Matcher parts =
                    Pattern.compile("(jdbc:mysql://[^/]+/)([A-Za-z0-9_]+)(.*)").matcher(url);
            if (!parts.matches() || !parts.group(2).startsWith("course_bench")) {
                throw new IllegalStateException("The growth benchmark drops its database first: give it one of its"
                        + " own, whose name starts with \"course_bench\" (" + url + ")");
            }
            try (Connection server = DriverManager.getConnection(parts.group(1), user(), password());
                    Statement sql = server.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + parts.group(2));
                sql.execute("CREATE DATABASE " + parts.group(2) + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
    }

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final int RUNS = Integer.getInteger("bench.runs", 9);

    /** One page as a role asks for it. */
    private record Page(String name, Supplier<Http> who, String path) {}

    @Test
    void pagesAtTenThousandAndAMillionEssays() throws Exception {
        int small = Integer.getInteger("essays.small", 10_000);
        int large = Integer.getInteger("essays", 1_000_000);
        long rssAtStart = residentKb();
        String loadAtStart = load();
        Map<String, Double> first;
        Map<String, Double> second;
        GrowthSeed.Seeded smallOffering;
        GrowthSeed.Seeded largeOffering;
        try (Connection db = connect()) {
            GrowthSeed seed = new GrowthSeed(db);
            String token = seed.partnerToken();
            smallOffering = seed.offering(small / 4);
            System.out.printf(
                    Locale.ROOT,
                    "growth seeded students=%d essays_in_db=%d seconds=%.1f%n",
                    smallOffering.students(),
                    seed.essays(),
                    smallOffering.seconds());
            first = measure(smallOffering, token);
            largeOffering = seed.offering((int) Math.max(1, (large - seed.essays()) / 4));
            System.out.printf(
                    Locale.ROOT,
                    "growth seeded students=%d essays_in_db=%d seconds=%.1f%n",
                    largeOffering.students(),
                    seed.essays(),
                    largeOffering.seconds());
            second = measure(largeOffering, token);
        }
        long rssAtEnd = residentKb();
        System.out.printf(Locale.ROOT, "%n| page | %,d essays | %,d essays | ratio |%n", small, large);
        System.out.println("| --- | --- | --- | --- |");
        for (String page : first.keySet()) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f ms | %.1f ms | %.2f× |%n",
                    page,
                    first.get(page),
                    second.get(page),
                    second.get(page) / first.get(page));
        }
        System.out.printf(
                Locale.ROOT,
                "growth rss_start_mb=%d rss_end_mb=%d rss_ratio=%.2f load_start=%s load_end=%s%n",
                rssAtStart / 1024,
                rssAtEnd / 1024,
                (double) rssAtEnd / rssAtStart,
                loadAtStart,
                load());
        assertEquals(first.keySet(), second.keySet());
    }

    private static Map<String, Double> measure(GrowthSeed.Seeded offering, String token) {
        Http admin = signedIn("admin@demo.edu", "admin-demo-1");
        Http instructor = signedIn("instructor@demo.edu", "instructor-demo-1");
        Http partner = signedIn("partner@demo.edu", "partner-demo-1");
        Http student = signedIn(offering.studentEmail(), "student-demo-1");
        Http api = new Http();
        String bearer = "Bearer " + token;
        HttpResponse<String> list = api.get("/api/v1/partner/enrollments?limit=50", "Authorization", bearer);
        assertEquals(200, list.statusCode(), list.body());
        Matcher total = TOTAL.matcher(list.body());
        if (!total.find()) {
            throw new AssertionError("No total in " + list.body());
        }
        long last = Math.max(0, Long.parseLong(total.group(1)) - 50);
        List<Page> pages = List.of(
                new Page("eligibility page", () -> admin, "/admin/certificates.xhtml?offering=" + offering.offering()),
                new Page("marking queue", () -> instructor, "/staff/queue.xhtml"),
                new Page("partner API, first page of 50", () -> api, "/api/v1/partner/enrollments?limit=50"),
                new Page("partner API, last page", () -> api, "/api/v1/partner/enrollments?limit=50&offset=" + last),
                new Page("partner students screen", () -> partner, "/partner/enrollments.xhtml"),
                new Page("student's home page", () -> student, "/student/home.xhtml"));
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Page page : pages) {
            boolean isApi = page.path().startsWith("/api/");
            String[] headers = isApi ? new String[] {"Authorization", bearer} : new String[0];
            // warm up: ten requests or ten seconds, whichever comes first (the server's compiler, the caches)
            long warm = System.nanoTime() + 10_000_000_000L;
            for (int i = 0; i < 10 && System.nanoTime() < warm; i++) {
                time(page, headers);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                double ms = time(page, headers);
                times.add(ms);
                if (ms > 20_000 && times.size() >= 3) {
                    break; // a page this slow tells its figure in three runs
                }
            }
            double median = median(times);
            medians.put(page.name(), median);
            System.out.printf(
                    Locale.ROOT,
                    "growth page=\"%s\" students=%d median_ms=%.1f runs=%d%n",
                    page.name(),
                    offering.students(),
                    median,
                    times.size());
        }
        return medians;
    }

    private static double time(Page page, String[] headers) {
        long started = System.nanoTime();
        HttpResponse<String> answer = page.who().get().get(page.path(), headers);
        double ms = (System.nanoTime() - started) / 1e6;
        if (answer.statusCode() != 200) {
            throw new AssertionError(page.name() + " answered " + answer.statusCode());
        }
        return ms;
    }

    private static Http signedIn(String email, String password) {
        Http http = new Http();
        HttpResponse<String> answer = http.signIn(email, password);
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new AssertionError("Could not sign in as " + email + ": " + answer.statusCode());
        }
        return http;
    }

    private static double median(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long residentKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + PayaraServer.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("No VmRSS for the server's process");
    }

    private static String load() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + "/" + parts[1] + "/" + parts[2];
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    private static String url() {
        String url = System.getenv("DB_URL");
        if (url == null || !url.startsWith("jdbc:mysql://")) {
            throw new IllegalStateException("Set DB_URL to a MariaDB/MySQL database (the benchmark measures it), e.g."
                    + " jdbc:mysql://127.0.0.1:3306/course_bench_growth");
        }
        return url;
    }

    private static String user() {
        String user = System.getenv("DB_USER");
        return user == null || user.isBlank() ? "root" : user;
    }

    private static String password() {
        return System.getenv().getOrDefault("DB_PASSWORD", "");
    }
}
