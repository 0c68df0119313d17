package edu.aum.course.testsupport;

import edu.aum.course.testsupport.clock.MovedClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the packaged WAR on a real Payara Micro once for all integration tests, as the run command
 * does (same payara-config), in demo mode. The database is DB_URL when set (CI: MariaDB), else a fresh
 * embedded one under target/it; mail goes to a GreenMail SMTP server in this JVM (mail()). The server's clock
 * is the system clock plus an offset that tests move forward (advanceClock) and that is reset after each test
 * class; it comes from the test-clock jar (MovedClock), which only this start adds.
 */
public final class PayaraServer implements BeforeAllCallback, AfterAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static volatile Running running;
    private static Duration clockOffset = Duration.ZERO;
    /** Between the server and MariaDB (DB_URL a MySQL URL), for outage tests; null on the embedded database. */
    private static TcpProxy databaseProxy;
    /** Between the server and the mail server, for tests of a sender that dies mid-send. */
    private static TcpProxy smtpProxy;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
    }

    /** No test class leaves the clock moved for the next one. */
    @Override
    public void afterAll(ExtensionContext context) {
        resetClock();
    }

    /**
     * Moves the server's clock forward, e.g. past a deadline or a retry delay, from its next reading on. Move it
     * only as far as needed and reset it (finally) soon: the server's timers and the next tests read the same clock.
     */
    public static synchronized void advanceClock(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The clock moves forward only: " + by);
        }
        server();
        clockOffset = clockOffset.plus(by);
        MovedClock.write(clockFile(), clockOffset);
    }

    /** Puts the server's clock back to the system clock. */
    public static synchronized void resetClock() {
        if (!clockOffset.isZero()) {
            clockOffset = Duration.ZERO;
            MovedClock.write(clockFile(), clockOffset);
        }
    }

    /** The address of a path on the running server, e.g. url("/login.xhtml"). */
    public static String url(String path) {
        return "http://127.0.0.1:" + server().port + path;
    }

    /** The server's port, e.g. to reach it from another loopback address (127.0.0.2). */
    public static int port() {
        return server().port;
    }

    /**
     * The proxy between the server and MariaDB: cut() it for an outage and restore() it in a finally. Empty on the
     * embedded database (no DB_URL).
     */
    public static java.util.Optional<TcpProxy> database() {
        server();
        return java.util.Optional.ofNullable(databaseProxy);
    }

    /** The proxy between the server and the mail server (holdAfterMailData, release in a finally). */
    public static TcpProxy smtp() {
        server();
        return smtpProxy;
    }

    /** The server's process id, e.g. to read its resident memory (a benchmark's figure). */
    public static long pid() {
        return server().process.pid();
    }

    /** The SMTP server the application sends its mail to. */
    public static MailServer mail() {
        return server().mail;
    }

    private static Running server() {
        if (running == null) {
            throw new IllegalStateException("Annotate the test with @ExtendWith(PayaraServer.class)");
        }
        return running;
    }

    /**
     * Kills the server as a crash would (SIGKILL, no shutdown) and starts it again on the same port, database
     * and mail server; for tests of what survives a crash or restart.
     */
    public static synchronized void crashAndRestart() {
        Running old = server();
        old.process.destroyForcibly();
        try {
            old.process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        running = start(old.port, old.mail, false);
    }

    private static Running start() {
        try {
            return start(freePort(), new MailServer(freePort()), true);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Payara Micro", e);
        }
    }

    private static Running start(int port, MailServer mail, boolean freshDatabase) {
        try {
            Path work = workDir();
            Path rootDir = work.resolve("payara-root");
            delete(rootDir); // else Payara serves the WAR of the previous run first
            Files.createDirectories(work);
            MovedClock.write(
                    clockFile(), clockOffset); // zero at the first start; a restart keeps the clock where it was
            Path config = Path.of(System.getProperty("payara.config", "payara-config"))
                    .toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(
                    javaExecutable(),
                    "-Xmx" + System.getProperty("it.server.heap", "768m"),
                    "-D" + MovedClock.FILE_PROPERTY + "=" + clockFile(),
                    "-jar",
                    System.getProperty("payara.jar", "target/payara-micro.jar"),
                    "--deploy",
                    System.getProperty("app.war", "target/course.war"),
                    "--addlibs",
                    clockJar().toString(),
                    "--contextroot",
                    "/",
                    "--port",
                    String.valueOf(port),
                    "--rootdir",
                    rootDir.toString(),
                    "--prebootcommandfile",
                    config.resolve("pre-boot-commands.asadmin").toString(),
                    "--postbootcommandfile", // one instance: no session replication (ClusterIT has it)
                    config.resolve("single-instance.asadmin").toString(),
                    "--logproperties",
                    config.resolve("logging.properties").toString(),
                    "--nocluster"));
            Path log = work.resolve("payara.log");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.put("DEMO_DATA", "true");
            environment.put("PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
            environment.put("SMTP_HOST", "127.0.0.1");
            if (smtpProxy == null) {
                smtpProxy = new TcpProxy("127.0.0.1", mail.port());
            }
            environment.put("SMTP_PORT", String.valueOf(smtpProxy.port()));
            environment.put("SMTP_STARTTLS", "false");
            environment.put("MAIL_FROM", "Essay Certificates <courses@aum.test>");
            environment.put("MAIL_RETRY_BASE_SECONDS", "2"); // retries within seconds, not minutes
            // the tests stand in for a load balancer: their X-Forwarded-For names the client's address
            environment.put("TRUSTED_PROXIES", "127.0.0.1");
            // every browser test registers and resets from 127.0.0.1; the per-recipient limit still holds
            environment.put("MAIL_LIMIT_PER_ADDRESS", "10000");
            // a pause after each certificate, so that a test can catch a small batch half-way (CertificateIT)
            environment.put("CERTIFICATE_BATCH_THROTTLE_MS", System.getProperty("it.batch.throttle.ms", "400"));
            // one worker, so that a batch of eight takes seconds and the crash test catches it half-way
            environment.put("CERTIFICATE_BATCH_WORKERS", System.getProperty("it.batch.workers", "1"));
            String databaseUrl = System.getenv("DB_URL");
            // the benchmarks (it.db.direct) measure without the outage tests' proxy in the way
            if (!isBlank(databaseUrl)
                    && databaseUrl.startsWith("jdbc:mysql://")
                    && !Boolean.getBoolean("it.db.direct")) {
                environment.put("DB_URL", throughProxy(databaseUrl));
            }
            if (isBlank(databaseUrl)) {
                Path data = work.resolve("data");
                if (freshDatabase) {
                    delete(data);
                }
                environment.put(
                        "DB_URL",
                        "jdbc:h2:file:" + data.resolve("course")
                                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
            }
            Path previousLog = work.resolve("payara-before-restart.log");
            if (!freshDatabase && Files.exists(log)) {
                Files.move(log, previousLog, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Process process = builder.start();
            Running server = new Running(process, port, mail);
            Runtime.getRuntime().addShutdownHook(new Thread(server::closeProcess));
            awaitReady(server, log);
            running = server;
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Payara Micro", e);
        }
    }

    /** The same database through the proxy: jdbc:mysql://host:port/db?x becomes jdbc:mysql://127.0.0.1:proxy/db?x. */
    static String throughProxy(String url) {
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("jdbc:mysql://([^/:?]+)(?::(\\d+))?(.*)")
                .matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("A DB_URL with one host is needed for the proxy: " + url);
        }
        if (databaseProxy == null) {
            int port = parts.group(2) == null ? 3306 : Integer.parseInt(parts.group(2));
            databaseProxy = new TcpProxy(parts.group(1), port);
        }
        return "jdbc:mysql://127.0.0.1:" + databaseProxy.port() + parts.group(3);
    }

    private static Path workDir() {
        return Path.of(System.getProperty("it.workdir", "target/it")).toAbsolutePath();
    }

    private static Path clockFile() {
        return workDir().resolve("clock-offset");
    }

    private static Path clockJar() {
        Path jar = Path.of(System.getProperty("it.clock.jar", "target/course-test-clock.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No test clock " + jar + ": `mvn package` builds it");
        }
        return jar;
    }

    private static void awaitReady(Running server, Path log) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpClient http = HttpClient.newHttpClient();
        while (System.nanoTime() < deadline) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            if (!server.process.isAlive()
                    || output.contains("Deployment failed")
                    || output.contains("Exception while loading the app")) {
                server.close();
                throw new IllegalStateException("Payara Micro did not start; its log:\n" + tail(output));
            }
            if (output.contains(" ready in ") && healthy(http, server.port)) {
                return;
            }
            sleep();
        }
        server.close();
        throw new IllegalStateException(
                "Payara Micro was not ready within " + START_TIMEOUT + "; its log:\n" + tail(Files.readString(log)));
    }

    private static boolean healthy(HttpClient http, int port) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tail(String text) {
        return text.length() > 8000 ? text.substring(text.length() - 8000) : text;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void delete(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private record Running(Process process, int port, MailServer mail) implements AutoCloseable {
        @Override
        public void close() {
            mail.stop();
            closeProcess();
        }

        void closeProcess() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
