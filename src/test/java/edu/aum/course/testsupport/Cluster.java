package edu.aum.course.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real cluster for one test class: three Payara Micro instances of the packaged WAR started staggered by the
 * repository's own {@code cluster/start} (Hazelcast TCP/IP discovery on loopback, free ports, a grid name of its
 * own), nginx in front, on a MariaDB database of its own that it creates as root over the socket and drops at the
 * end (the shared server's database is never touched), mail to a GreenMail in this JVM, demo data. Instances are
 * killed with SIGKILL ({@link #kill}); nginx's access log tells which instance answered each request.
 */
public final class Cluster implements BeforeAllCallback, AfterAllCallback {

    public static final int SIZE = 3;
    private static final Pattern ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+:(\\d+)");
    private static final Pattern LOG_LINE = Pattern.compile("\"(\\S+) (\\S+) HTTP/[0-9.]+\" (\\d+) upstream=(.+?) rt=");

    private final Path dir =
            Path.of(System.getProperty("it.cluster.dir", "target/it-cluster")).toAbsolutePath();
    private final String suffix = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
    private final String database = "course_cluster_" + suffix;
    private final String user = "cluster_" + suffix;
    private final String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private MailServer mail;
    private int lbPort;
    private int firstPort;
    private String startOutput = "";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        requireTools();
        mail = new MailServer(freePort());
        lbPort = freePort();
        firstPort = freeRun(20000);
        mysql("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + "CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                + "GRANT ALL PRIVILEGES ON " + database + ".* TO '" + user + "'@'127.0.0.1';");
        ProcessBuilder start = script("start", String.valueOf(SIZE));
        Map<String, String> env = start.environment();
        env.put("DB_URL", "jdbc:mysql://127.0.0.1:3306/" + database);
        env.put("DB_USER", user);
        env.put("DB_PASSWORD", password);
        env.put("HTTP_PORT", String.valueOf(lbPort));
        env.put("CLUSTER_HTTP_PORT", String.valueOf(firstPort));
        env.put("CLUSTER_HZ_PORT", String.valueOf(freeRun(41000))); // never 6100-6110 (another suite's)
        env.put("CLUSTER_NAME", "course-it-" + suffix);
        env.put("CLUSTER_ROUTING", "sticky");
        env.put("CLUSTER_START_TIMEOUT", "900");
        env.put("CLUSTER_STAGGER", System.getProperty("it.cluster.stagger", "8"));
        env.put(
                "JAVA_OPTS",
                System.getProperty("it.cluster.java", "-Xmx448m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
        env.put("PUBLIC_BASE_URL", baseUrl());
        env.put("DEMO_DATA", "true");
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(mail.port()));
        env.put("SMTP_STARTTLS", "false");
        env.put("MAIL_FROM", "Essay Certificates <courses@aum.test>");
        env.put("MAIL_RETRY_BASE_SECONDS", "2");
        env.put("MAIL_LIMIT_PER_ADDRESS", "10000");
        // one slow worker, so that a kill catches a batch half-way
        env.put("CERTIFICATE_BATCH_THROTTLE_MS", "400");
        env.put("CERTIFICATE_BATCH_WORKERS", "1");
        Path output = dir.resolve("start.out");
        Process process = start.redirectOutput(output.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        boolean done = process.waitFor(20, TimeUnit.MINUTES);
        startOutput = Files.readString(output);
        System.out.print(startOutput);
        if (!done || process.exitValue() != 0) {
            process.destroyForcibly();
            fail("cluster/start failed:\n" + startOutput);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    private synchronized void stop() {
        if (mail == null) {
            return;
        }
        try {
            script("stop")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(3, TimeUnit.MINUTES);
            mysql("DROP DATABASE IF EXISTS " + database + "; DROP USER IF EXISTS '" + user + "'@'127.0.0.1';");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            mail.stop();
            mail = null;
        }
    }

    /** The site's address: nginx. */
    public String baseUrl() {
        return "http://127.0.0.1:" + lbPort;
    }

    public String url(String path) {
        return baseUrl() + path;
    }

    public MailServer mail() {
        return mail;
    }

    /** What cluster/start printed (each instance's start-up time). */
    public String startOutput() {
        return startOutput;
    }

    /**
     * Instance k (1..SIZE) from the address nginx logs for it ("127.0.0.1:20001"; the last one that answered when
     * nginx tried several, "a, b" or "a : b"); 0 when nginx answered itself ("-").
     */
    public int instanceAt(String upstream) {
        Matcher address = ADDRESS.matcher(upstream);
        int port = -1;
        while (address.find()) {
            port = Integer.parseInt(address.group(1));
        }
        return port < 0 ? 0 : port - firstPort + 1;
    }

    public Path log(int instance) {
        return dir.resolve("instance" + instance).resolve("payara.log");
    }

    public String logText(int instance) {
        try {
            return Files.readString(log(instance));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** kill -9 of instance k: no shutdown, no goodbye to the grid; waits until the process is gone. */
    public void kill(int instance) {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve("instance" + instance + ".pid"))
                    .strip());
            ProcessHandle process = ProcessHandle.of(pid)
                    .orElseThrow(() -> new AssertionError("instance " + instance + " is not running"));
            process.destroyForcibly();
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not kill instance " + instance, e);
        }
    }

    public boolean alive(int instance) {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve("instance" + instance + ".pid"))
                    .strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Switches nginx to "sticky" or "roundrobin" routing (cluster/routing, a graceful reload), without the
     * instances named in {@code down} (a drain).
     */
    public void routing(String mode, int... down) {
        List<String> args = new ArrayList<>(List.of(mode));
        for (int k : down) {
            args.add(String.valueOf(k));
        }
        Set<Long> before = nginxWorkers();
        run(script("routing", args.toArray(String[]::new)));
        // a graceful reload: the old workers still serve the requests (and kept-alive connections) they hold, by
        // the old routing; wait until every one of them is gone and a new one has started
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Set<Long> now = nginxWorkers();
            if (!now.isEmpty() && now.stream().noneMatch(before::contains)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("nginx's old workers " + before + " still run: " + now);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The process ids of nginx's workers (the children of its master, whose pid nginx keeps in nginx.pid). */
    private Set<Long> nginxWorkers() {
        try {
            long master = Long.parseLong(
                    Files.readString(dir.resolve("nginx/nginx.pid")).trim());
            return ProcessHandle.of(master)
                    .map(p -> p.children().map(ProcessHandle::pid).collect(java.util.stream.Collectors.toSet()))
                    .orElse(Set.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every request nginx has passed on so far, in order. */
    public List<Routed> accessLog() {
        List<Routed> lines = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(dir.resolve("nginx/logs/access.log"))) {
                Matcher m = LOG_LINE.matcher(line);
                if (m.find()) {
                    lines.add(new Routed(m.group(1), m.group(2), Integer.parseInt(m.group(3)), instanceAt(m.group(4))));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    /** A query as root over the socket (the test's own database); answers the rows, tab-separated. */
    public List<String> query(String sql) {
        return List.of(mysql("USE " + database + "; " + sql).split("\n")).stream()
                .filter(s -> !s.isBlank())
                .toList();
    }

    /** One request as nginx logged it: method, path with query, status, and which instance answered. */
    public record Routed(String method, String path, int status, int instance) {}

    private ProcessBuilder script(String name, String... args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of("cluster", name).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CLUSTER_DIR", dir.toString());
        builder.environment().put("PAYARA_JAR", System.getProperty("payara.jar", "target/payara-micro.jar"));
        builder.environment().put("APP_WAR", System.getProperty("app.war", "target/course.war"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return builder;
    }

    private static String run(ProcessBuilder builder) {
        try {
            Process process = builder.redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", builder.command()) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String mysql(String sql) {
        return run(new ProcessBuilder("mysql", "--user=root", "--batch", "--skip-column-names", "-e", sql));
    }

    /** nginx, the mysql client and root over the socket: missing in CI is a failure, elsewhere a skip. */
    private static void requireTools() {
        String missing = null;
        if (!Files.isExecutable(Path.of("/usr/sbin/nginx"))) {
            missing = "nginx (apt-get install -y nginx-light)";
        } else {
            try {
                mysql("SELECT 1");
            } catch (RuntimeException e) {
                missing = "MariaDB/MySQL with root over the socket (" + e.getMessage() + ")";
            }
        }
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("The cluster test needs " + missing);
            }
            Assumptions.abort("The cluster test needs " + missing + "; skipped outside CI");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The first of SIZE consecutive free ports from somewhere above {@code from}. */
    private static int freeRun(int from) {
        int base = from + new SecureRandom().nextInt(8000);
        for (int attempt = 0; attempt < 200; attempt++, base += SIZE) {
            if (allFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("No " + SIZE + " free ports from " + from);
    }

    private static boolean allFree(int base) {
        for (int port = base; port < base + SIZE; port++) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
