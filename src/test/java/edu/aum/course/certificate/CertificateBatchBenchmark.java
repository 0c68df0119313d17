package edu.aum.course.certificate;

import static edu.aum.course.certificate.CertificateScreens.ADMIN;
import static edu.aum.course.certificate.CertificateScreens.ADMIN_PASSWORD;
import static edu.aum.course.certificate.CertificateScreens.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.PayaraServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A batch of N certificates end to end on the database of DB_URL (MariaDB): a new offering with N
 * students, each with four essays released as passed (seeded by SQL, as if graded); the admin opens the
 * offering's certificates (eligibility computed), issues all with e-mail, and the batch renders, signs,
 * stores each PDF and queues each mail with it in the outbox. Prints
 * {@code batch certs=N seconds=S per_cert_ms=X outbox=M}. A command, not a test of the build:
 * {@code DB_URL=jdbc:mysql://... mvn -Pbenchmark-batch -Dcerts=1000} (README).
 */
@ExtendWith(PayaraServer.class)
class CertificateBatchBenchmark {

    @Test
    void issueABatchEndToEnd() throws Exception {
        int n = Integer.getInteger("certs", 1000);
        long offering;
        try (Connection db = DriverManager.getConnection(
                env("DB_URL"), env("DB_USER"), System.getenv().getOrDefault("DB_PASSWORD", ""))) {
            offering = seed(db, n);
        }
        try (Browser admin = Browser.open()) {
            admin.signIn(ADMIN, ADMIN_PASSWORD);
            long opened = System.nanoTime();
            CertificateScreens.openOffering(admin, offering);
            double eligibilitySeconds = (System.nanoTime() - opened) / 1e9;
            long started = System.nanoTime();
            long batch = CertificateScreens.issue(admin);
            String finished = Bundle.text("en", "BatchStatus.FINISHED");
            new WebDriverWait(admin.driver(), Duration.ofMinutes(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(".app-batch-status")).stream()
                            .anyMatch(s -> s.getText().equals(finished)));
            double seconds = (System.nanoTime() - started) / 1e9;
            int[] counts = counts(admin.driver().getPageSource());
            long outbox;
            try (Connection db = DriverManager.getConnection(
                            env("DB_URL"), env("DB_USER"), System.getenv().getOrDefault("DB_PASSWORD", ""));
                    PreparedStatement query =
                            db.prepareStatement("SELECT COUNT(*) FROM mail_attachments a JOIN certificates c"
                                    + " ON a.file_name = CONCAT('certificate-', c.serial, '.pdf') JOIN enrollments e ON c.enrollment_id = e.id"
                                    + " WHERE e.offering_id = ?")) {
                query.setLong(1, offering);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    outbox = rows.getLong(1);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "batch certs=%d seconds=%.3f per_cert_ms=%.2f outbox=%d eligibility_page_s=%.2f batch_id=%d%n",
                    counts[0],
                    seconds,
                    seconds * 1000 / Math.max(1, counts[0]),
                    outbox,
                    eligibilitySeconds,
                    batch);
            assertEquals(n, counts[0], "every certificate issued");
            assertEquals(n, outbox, "every mail queued with its PDF");
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set " + name + " (the benchmark measures the MariaDB/MySQL of DB_URL)");
        }
        return value;
    }

    /** A new offering of the seed course with n students, each with four counted essays released as PASS. */
    private static long seed(Connection db, int n) throws SQLException {
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        long course = single(db, "SELECT id FROM courses WHERE code = 'USRR-101'");
        long university = single(db, "SELECT MIN(id) FROM universities");
        LocalDate start = LocalDate.now().minusYears(2).plusDays(System.nanoTime() % 300);
        long offering = insert(
                db,
                "INSERT INTO offerings (course_id, starts_on, ends_on, enrollment_opens_on, enrollment_closes_on,"
                        + " capacity, essays_required, created_at) VALUES (?, ?, ?, ?, ?, NULL, 4, ?)",
                course,
                java.sql.Date.valueOf(start),
                java.sql.Date.valueOf(start.plusDays(100)),
                java.sql.Date.valueOf(start.minusDays(20)),
                java.sql.Date.valueOf(start.plusDays(5)),
                now);
        long[] assignments = new long[4];
        for (int i = 0; i < 4; i++) {
            Timestamp opens = Timestamp.from(
                    start.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plus(Duration.ofDays(14L * i)));
            assignments[i] = insert(
                    db,
                    "INSERT INTO assignments (offering_id, title_en, title_ru, prompt_en, prompt_ru, opens_at, due_at,"
                            + " cutoff_at, created_at) VALUES (?, ?, ?, 'Prompt', 'Задание', ?, ?, ?, ?)",
                    offering,
                    "Essay " + (i + 1),
                    "Эссе " + (i + 1),
                    opens,
                    opens,
                    opens,
                    now);
        }
        String tag = Long.toString(System.currentTimeMillis(), 36);
        try (PreparedStatement user = db.prepareStatement(
                        "INSERT INTO users (email, full_name, password_hash, preferred_language,"
                                + " created_at, status) VALUES (?, ?, NULL, ?, ?, 'ACTIVE')",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement role =
                        db.prepareStatement("INSERT INTO user_roles (user_id, role) VALUES (?, 'STUDENT')");
                PreparedStatement enrollment = db.prepareStatement(
                        "INSERT INTO enrollments (offering_id, student_id, university_id,"
                                + " student_number, status, enrolled_at, student_name) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement submission = db.prepareStatement(
                        "INSERT INTO submissions (assignment_id, enrollment_id, status,"
                                + " created_at, score, result, released_at) VALUES (?, ?, 'READY_FOR_RELEASE', ?, ?, 'PASS', ?)")) {
            for (int i = 0; i < n; i++) {
                boolean cyrillic = i % 2 == 1;
                user.setString(1, "bench-" + tag + "-" + i + "@bench.test");
                String name = (cyrillic ? "Екатерина Иванова-Смирнова " : "Seán O'Connor-Müller ") + i;
                user.setString(2, name);
                user.setString(3, cyrillic ? "RU" : "EN");
                user.setTimestamp(4, now);
                user.executeUpdate();
                long userId = key(user);
                role.setLong(1, userId);
                role.executeUpdate();
                enrollment.setLong(1, offering);
                enrollment.setLong(2, userId);
                enrollment.setLong(3, university);
                enrollment.setString(4, "B" + i);
                enrollment.setTimestamp(5, now);
                enrollment.setString(6, name);
                enrollment.executeUpdate();
                long enrollmentId = key(enrollment);
                for (long assignment : assignments) {
                    submission.setLong(1, assignment);
                    submission.setLong(2, enrollmentId);
                    submission.setTimestamp(3, now);
                    submission.setBigDecimal(4, java.math.BigDecimal.valueOf(70 + i % 30));
                    submission.setTimestamp(5, now);
                    submission.addBatch();
                }
                if (i % 100 == 99) {
                    submission.executeBatch();
                }
            }
            submission.executeBatch();
        }
        // released with their marking, as the product releases them (V17: a released essay names its review)
        try (Statement sql = db.createStatement()) {
            String ofOffering = " IN (SELECT a.id FROM assignments a WHERE a.offering_id = " + offering + ")";
            sql.executeUpdate("INSERT INTO reviews (submission_id, version_number, latest, submitted_at, word_count,"
                    + " late, outcome, score, result, decided_at, created_at, version, offering_id)"
                    + " SELECT s.id, 1, TRUE, s.created_at, 600, FALSE, 'MARKED', s.score, s.result, s.created_at,"
                    + " s.created_at, 0, " + offering + " FROM submissions s WHERE s.assignment_id" + ofOffering);
            sql.executeUpdate("UPDATE submissions SET status = 'RELEASED', released_review_id ="
                    + " (SELECT r.id FROM reviews r WHERE r.submission_id = submissions.id)"
                    + " WHERE assignment_id" + ofOffering);
        }
        db.commit();
        return offering;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            return key(statement);
        }
    }

    private static long key(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
