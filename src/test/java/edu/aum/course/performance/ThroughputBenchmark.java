package edu.aum.course.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests per second of the partner API, a signed-in student's page, the public catalogue and the certificate
 * JSON, each as a share of {@code /health} measured in the same round. The load is cluster/Load.java, a client that
 * behaves like browsers: one request at a time per user, the cookies of every answer kept (wrk's fixed Cookie header
 * would send a stale JSESSIONIDVERSION, and the server would read the session from the grid at every request: that
 * measures wrk, not what a browser costs). 16 and then 50 users, {@code bench.seconds} each after a warm-up. The
 * database is the MariaDB/MySQL of DB_URL with the demo data and an offering of {@code http.students} students seeded
 * as in the growth benchmark. A command, not a test of the build: {@code mvn -Pbenchmark-http} (README).
 */
@ExtendWith({GrowthBenchmark.FreshDatabase.class, PayaraServer.class})
class ThroughputBenchmark {

    private static final Pattern RESULT = Pattern.compile(
            "([0-9.]+) req/s \\(\\d+ sessions.*?; (\\d+) not 200\\) median ([0-9.]+) ms, p90 ([0-9.]+) ms");

    /** What is asked, and by whom: each user's Cookie header (empty: a visitor) and the headers of every request. */
    private record Target(String name, String path, List<String> cookies, String... headers) {}

    @Test
    void throughputAsAShareOfHealth() throws Exception {
        int students = Integer.getInteger("http.students", 25_000);
        int seconds = Integer.getInteger("bench.seconds", 10);
        String token;
        String serial;
        GrowthSeed.Seeded seeded;
        try (Connection db = DriverManager.getConnection(
                System.getenv("DB_URL"),
                System.getenv().getOrDefault("DB_USER", "root"),
                System.getenv().getOrDefault("DB_PASSWORD", ""))) {
            GrowthSeed seed = new GrowthSeed(db);
            token = seed.partnerToken();
            seeded = seed.offering(students);
            try (Statement sql = db.createStatement();
                    ResultSet rows =
                            sql.executeQuery("SELECT serial FROM certificates WHERE status = 'VALID' LIMIT 1")) {
                assertTrue(rows.next(), "the demo data holds a valid certificate");
                serial = rows.getString(1);
            }
            System.out.printf(
                    Locale.ROOT,
                    "http seeded students=%d essays_in_db=%d seconds=%.1f%n",
                    seeded.students(),
                    seed.essays(),
                    seeded.seconds());
        }
        System.out.printf(Locale.ROOT, "%n| what | users | requests/s | median | p90 | share of /health |%n");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        boolean warm = false;
        for (int users : new int[] {16, 50}) {
            List<String> visitors = java.util.Collections.nCopies(users, "");
            List<String> signedIn = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                Http student = new Http();
                int status =
                        student.signIn(seeded.studentEmail(), "student-demo-1").statusCode();
                assertTrue(status == 302 || status == 303, "the seeded student signs in");
                assertEquals(200, student.get("/student/home.xhtml").statusCode(), "signed in");
                signedIn.add(student.cookieHeader());
            }
            List<Target> targets = List.of(
                    new Target("/health", "/health", visitors),
                    new Target(
                            "partner API (first page of 50)",
                            "/api/v1/partner/enrollments?limit=50",
                            visitors,
                            "-H",
                            "Authorization: Bearer " + token),
                    new Target("signed-in student's home", "/student/home.xhtml", signedIn),
                    new Target("public catalogue", "/catalogue.xhtml", visitors),
                    new Target("certificate JSON", "/api/v1/certificates/" + serial, visitors));
            if (!warm) {
                for (Target target : targets) {
                    load(target, 3, 5); // the server's compiler and caches; not counted
                }
                warm = true;
            }
            Map<String, double[]> round = new LinkedHashMap<>();
            for (Target target : targets) {
                round.put(target.name(), load(target, seconds, 2));
            }
            double health = round.get("/health")[0];
            round.forEach((name, figures) -> System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.1f ms | %.1f ms | %.0f %% |%n",
                    name,
                    users,
                    figures[0],
                    figures[1],
                    figures[2],
                    100 * figures[0] / health));
        }
        System.out.printf(
                Locale.ROOT,
                "http load_end=%s cores=%d%n",
                load(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Runs cluster/Load.java against one target; answers {requests/s, median ms, p90 ms}; fails on any non-200. */
    private static double[] load(Target target, int seconds, int warmup) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "cluster/Load.java"));
        command.addAll(List.of(target.headers()));
        command.add(PayaraServer.url(target.path()));
        command.add(String.valueOf(seconds));
        command.add(String.valueOf(warmup));
        command.addAll(target.cookies());
        Process load = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (load.waitFor() != 0) {
            throw new AssertionError("cluster/Load.java failed: " + out);
        }
        Matcher result = RESULT.matcher(out);
        if (!result.find()) {
            throw new AssertionError("No figures in the load client's output: " + out);
        }
        if (!result.group(2).equals("0")) {
            throw new AssertionError(target.name() + ": " + result.group(2) + " answers were not 200\n" + out);
        }
        return new double[] {
            Double.parseDouble(result.group(1)),
            Double.parseDouble(result.group(3)),
            Double.parseDouble(result.group(4))
        };
    }

    private static String load() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + "/" + parts[1] + "/" + parts[2];
    }
}
