package edu.aum.course.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An instance whose application cannot deploy because a start-up bean failed exits with status 3 instead of
 * staying up without it: a Payara Micro of its own (not the shared test server) on a database Flyway refuses (not
 * empty, no schema history) fails in Migrations, and the process ends with StartupGuard's status and the reason
 * in its log. (A data source that cannot connect at all fails the deployment in JPA, before any bean: the start
 * script checks for that one, see the README.)
 */
class StartupFailureIT {

    @Test
    void anInstanceWhoseApplicationFailsToDeployExitsWithStatus3() throws Exception {
        Path work = Path.of("target/it-startup-failure").toAbsolutePath();
        delete(work);
        Files.createDirectories(work);
        Path log = work.resolve("payara.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-jar",
                        System.getProperty("payara.jar", "target/payara-micro.jar"),
                        "--deploy",
                        System.getProperty("app.war", "target/course.war"),
                        "--contextroot",
                        "/",
                        "--port",
                        String.valueOf(freePort()),
                        "--rootdir",
                        work.resolve("root").toString(),
                        "--nocluster"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // a database that is not empty and has no schema history: Flyway refuses it, so Migrations fails
        String url = "jdbc:h2:file:" + work.resolve("data/course")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "course", "")) {
            connection.createStatement().execute("CREATE TABLE stray (id INT)");
        }
        builder.environment().put("DB_URL", url);
        builder.environment().remove("DB_USER");
        builder.environment().remove("DB_PASSWORD");
        Process process = builder.start();
        try {
            // a guard against a hang (Payara starts in seconds to minutes), not a measure
            boolean ended = process.waitFor(10, TimeUnit.MINUTES);
            String output = Files.readString(log);
            assertTrue(ended, "still running after a failed deployment:\n" + tail(output));
            assertEquals(StartupGuard.EXIT_STATUS, process.exitValue(), tail(output));
            assertTrue(output.contains("Start-up failed in Migrations"), tail(output));
        } finally {
            process.destroyForcibly();
        }
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 4000));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
