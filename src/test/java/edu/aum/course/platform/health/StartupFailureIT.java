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
 * An instance whose application cannot deploy exits with status 3 instead of staying up without it: a Payara
 * Micro of its own (not the shared test server) started on a database that is not there fails in Migrations, and
 * the process ends with StartupGuard's status and its reason in the log.
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
        // a MySQL address where nothing listens: the migrations cannot run
        builder.environment().put("DB_URL", "jdbc:mysql://127.0.0.1:" + freePort() + "/none");
        builder.environment().put("DB_USER", "nobody");
        builder.environment().put("DB_PASSWORD", "none");
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
