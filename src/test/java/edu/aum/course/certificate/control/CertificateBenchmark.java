package edu.aum.course.certificate.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Renders and signs N certificates into a folder on all cores ({@code -Dbench.threads=1}: one) and prints one final
 * line {@code certs=N seconds=S per_cert_ms=X cpu_ms_per_cert=C warm_cpu_ms_per_cert=W bytes_avg=B}: C is the
 * process's CPU time (JIT and collector included) per certificate, W the same over the second half (warm JIT); the
 * yardstick for C is BarePdfBoxReference. Arguments: N, the template folder ("peer": the
 * performance peer's inputs, see /work/shared/perf-peer), the output folder. Run it with
 * {@code mvn -q -Pbenchmark -Dcerts=1000 -Dtemplate=<dir> -Dout=<dir>} (README, "Benchmark").
 */
public final class CertificateBenchmark {

    // The peer's deterministic test data (tcpdf_cert.php), so both draw the same texts.
    private static final String[] LATIN_FIRST = {
        "John", "Mary", "Seán", "Zoë", "José", "Anna-Lena", "Michael", "Priya", "Chloé", "Oliver"
    };
    private static final String[] LATIN_LAST = {
        "O'Connor",
        "Smith",
        "García-Márquez",
        "Müller",
        "Nguyen",
        "van der Berg",
        "Kowalski",
        "Brown",
        "Dubois",
        "Johansson"
    };
    private static final String[] CYR_FIRST = {
        "Мария", "Иван", "Алексей", "Ольга", "Дмитрий", "Екатерина", "Сергей", "Анна", "Юлия", "Николай"
    };
    private static final String[] CYR_LAST = {
        "Иванова-Смирнова",
        "Петров",
        "Соколов",
        "Кузнецова",
        "Попов",
        "Лебедева",
        "Козлов",
        "Новикова",
        "Морозов",
        "Волкова"
    };
    private static final String[] LATIN_COURSES = {
        "Introduction to Data Science", "Advanced Project Management", "Cloud Architecture Fundamentals"
    };
    private static final String[] CYR_COURSES = {
        "Основы программирования на Python",
        "Управление проектами: продвинутый курс",
        "Анализ данных и машинное обучение"
    };
    private static final String VERIFY_BASE = "https://moodle.example.org/mod/customcert/verify_certificate.php";

    private CertificateBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "1000");
        Path templateFolder = templateFolder(args.length > 1 ? args[1] : "certificates-templates/default");
        Path out = Path.of(args.length > 2 ? args[2] : "target/bench-out");
        Files.createDirectories(out);
        long setupStart = System.nanoTime();
        CertificateTemplate template = TemplateLoader.load(
                        templateFolder.getFileName().toString(), TemplateFiles.directory(templateFolder))
                .orRefuse();
        CertificateSigner signer = new CertificateSigner(
                SigningKey.choose(Optional.empty(), Optional.empty(), true, Path.of("target/bench-signing")));
        long setupMs = (System.nanoTime() - setupStart) / 1_000_000;
        int threads = Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors());
        AtomicLong bytes = new AtomicLong();
        AtomicLong firstDone = new AtomicLong();
        AtomicLong halfDone = new AtomicLong();
        AtomicLong finished = new AtomicLong();
        AtomicLong cpuHalf = new AtomicLong();
        long cpuStart = CpuTime.process();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            done.add(pool.submit(() -> {
                byte[] pdf = CertificateRenderer.renderSigned(template, data(index), signer);
                Files.write(out.resolve(String.format(Locale.ROOT, "cert_%06d.pdf", index + 1)), pdf);
                bytes.addAndGet(pdf.length);
                long count = finished.incrementAndGet();
                if (count == 1) {
                    firstDone.set(System.nanoTime());
                } else if (count == n / 2) {
                    halfDone.set(System.nanoTime());
                    cpuHalf.set(CpuTime.process());
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        long end = System.nanoTime();
        long cpuEnd = CpuTime.process();
        double seconds = (end - start) / 1e9;
        pool.shutdown();
        // like the peer's detail line: the first certificate (cold JVM) and the second half (warm JIT)
        System.out.printf(
                Locale.ROOT,
                "detail template=%s threads=%d setup_ms=%d first_cert_ms=%.1f last_half_per_cert_ms=%.2f%n",
                templateFolder,
                threads,
                setupMs,
                (firstDone.get() - start) / 1e6,
                (end - halfDone.get()) / 1e6 / (n - n / 2));
        System.out.printf(
                Locale.ROOT,
                "certs=%d seconds=%.3f per_cert_ms=%.2f cpu_ms_per_cert=%.2f warm_cpu_ms_per_cert=%.2f bytes_avg=%d%n",
                n,
                seconds,
                seconds * 1000 / n,
                (cpuEnd - cpuStart) / 1e6 / n,
                (cpuEnd - (cpuHalf.get() == 0 ? cpuStart : cpuHalf.get())) / 1e6 / (n - n / 2),
                Math.round((double) bytes.get() / n));
    }

    /** "peer": a template folder under target/ with the peer's background PNG and DejaVu Sans. */
    private static Path templateFolder(String argument) throws IOException {
        if (!argument.equals("peer")) {
            return Path.of(argument);
        }
        Path folder = Path.of("target/peer-template");
        Files.createDirectories(folder.resolve("fonts"));
        Files.copy(
                Path.of("src/test/resources/bench-template/template.json"),
                folder.resolve("template.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                Path.of(System.getProperty("peer.background", "/work/shared/perf-peer/background.png")),
                folder.resolve("background.png"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                Samples.DEFAULT_TEMPLATE.resolve("fonts/DejaVuSans.ttf"),
                folder.resolve("fonts/DejaVuSans.ttf"),
                StandardCopyOption.REPLACE_EXISTING);
        return folder;
    }

    /** The peer's certificate number i: names alternate Latin and Cyrillic. */
    static CertificateData data(int i) {
        int j = i / 2;
        boolean cyrillic = i % 2 == 1;
        String name =
                (cyrillic ? CYR_FIRST : LATIN_FIRST)[j % 10] + " " + (cyrillic ? CYR_LAST : LATIN_LAST)[j / 10 % 10];
        String course = (cyrillic ? CYR_COURSES : LATIN_COURSES)[j % 3];
        LocalDate date = LocalDate.of(2025, 1, 1).plusDays(i % 365);
        String code = sha1("cert-" + i).substring(0, 10).toUpperCase(Locale.ROOT);
        return new CertificateData(
                name,
                course,
                CYR_COURSES[j % 3],
                date.minusMonths(4),
                date.minusDays(7),
                date,
                code,
                VERIFY_BASE + "?code=" + code + "&qrcode=1");
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
