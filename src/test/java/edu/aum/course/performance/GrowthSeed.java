package edu.aum.course.performance;

import edu.aum.course.partner.control.TokenSecrets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Seeds, in SQL and in seconds, one running offering of the seed course with N students in the shape of issue 15:
 * each student has three essays released as passed and one waiting in the marking queue; 40 % of the students name
 * the partner university of partner@demo.edu, the rest another one. instructor@demo.edu is on the team. Works on
 * MariaDB and MySQL (set-based INSERT ... SELECT from a table of numbers; no sequence engine needed).
 */
final class GrowthSeed {

    /** What a seeded offering is: its id, its student whose password is the demo student's, the student count. */
    record Seeded(long offering, String studentEmail, int students, double seconds) {}

    private final Connection db;

    GrowthSeed(Connection db) {
        this.db = db;
    }

    Seeded offering(int students) throws SQLException {
        long started = System.nanoTime();
        String tag = Long.toString(System.nanoTime(), 36);
        long course = single("SELECT id FROM courses WHERE code = 'USRR-101'");
        long partner = single("SELECT university_id FROM users WHERE email = 'partner@demo.edu'");
        long other = single("SELECT MIN(id) FROM universities WHERE id <> " + partner);
        long instructor = single("SELECT id FROM users WHERE email = 'instructor@demo.edu'");
        try (Statement sql = db.createStatement()) {
            sql.execute("SET FOREIGN_KEY_CHECKS = 0");
            numbers(sql, students);
            sql.executeUpdate(String.format(
                    Locale.ROOT,
                    "INSERT INTO offerings (course_id, starts_on, ends_on, enrollment_opens_on, enrollment_closes_on,"
                            + " capacity, essays_required, created_at) VALUES (%d, CURRENT_DATE - INTERVAL 60 DAY,"
                            + " CURRENT_DATE + INTERVAL 60 DAY, CURRENT_DATE - INTERVAL 90 DAY,"
                            + " CURRENT_DATE - INTERVAL 50 DAY, NULL, 4, NOW(6))",
                    course));
            long offering = lastId(sql);
            sql.executeUpdate("INSERT INTO offering_instructors (offering_id, instructor_id) VALUES (" + offering + ", "
                    + instructor + ")");
            for (int i = 1; i <= 4; i++) {
                sql.executeUpdate(String.format(
                        Locale.ROOT,
                        "INSERT INTO assignments (offering_id, title_en, title_ru, prompt_en, prompt_ru, opens_at, due_at,"
                                + " cutoff_at, created_at) VALUES (%d, 'Essay %d', 'Эссе %d', 'Prompt', 'Задание',"
                                + " NOW(6) - INTERVAL %d DAY, NOW(6) - INTERVAL %d DAY, NOW(6) - INTERVAL %d DAY, NOW(6))",
                        offering,
                        i,
                        i,
                        70 - 14 * i,
                        60 - 14 * i,
                        58 - 14 * i));
            }
            String email = "CONCAT('g" + tag + "-', n, '@growth.test')";
            sql.executeUpdate(
                    "INSERT INTO users (email, full_name, password_hash, preferred_language, created_at, status)"
                            + " SELECT " + email
                            + ", CONCAT(ELT(1 + n % 6, 'Anna', 'Иван', 'Emily', 'Олег', 'Мария', 'John'),"
                            + " ' ', ELT(1 + (n DIV 6) % 7, 'Petrova', 'Смирнов', 'Carter', 'Волков', 'Liu', 'Кузнецова',"
                            + " 'O''Connor'), ' ', n), NULL, IF(n % 2 = 0, 'EN', 'RU'), NOW(6), 'ACTIVE' FROM growth_numbers");
            sql.executeUpdate("INSERT INTO user_roles (user_id, role) SELECT u.id, 'STUDENT' FROM growth_numbers g"
                    + " JOIN users u ON u.email = " + email);
            sql.executeUpdate("INSERT INTO enrollments (offering_id, student_id, university_id, student_number, status,"
                    + " enrolled_at, updated_at, student_name) SELECT " + offering + ", u.id, IF(n % 5 < 2, " + partner
                    + ", " + other + "), CONCAT('G', n), 'ACTIVE', NOW(6) - INTERVAL 80 DAY, NOW(6), u.full_name"
                    + " FROM growth_numbers g"
                    + " JOIN users u ON u.email = " + email);
            // three essays marked and about to be released, one waiting; submitted at spread times (the queue's order)
            sql.executeUpdate(
                    "INSERT INTO submissions (assignment_id, enrollment_id, status, created_at, score, result)"
                            + " SELECT a.id, e.id, IF(a.title_en = 'Essay 4', 'SUBMITTED', 'READY_FOR_RELEASE'),"
                            + " a.due_at - INTERVAL (e.id % 86400) SECOND, IF(a.title_en = 'Essay 4', NULL, 70 + e.id % 30),"
                            + " IF(a.title_en = 'Essay 4', NULL, 'PASS') FROM enrollments e JOIN assignments a"
                            + " ON a.offering_id = e.offering_id WHERE e.offering_id = " + offering);
            String ofOffering =
                    " s.assignment_id IN (SELECT a.id FROM assignments a WHERE a.offering_id = " + offering + ")";
            sql.executeUpdate(
                    "INSERT INTO submission_versions (submission_id, version_number, html, word_count, sha256,"
                            + " submitted_at, late) SELECT s.id, 1, '<p>An essay of six hundred words.</p>', 600,"
                            + " SHA2(CONCAT('essay-', s.id), 256), s.created_at, FALSE FROM submissions s WHERE"
                            + ofOffering);
            sql.executeUpdate("INSERT INTO reviews (submission_id, version_number, latest, submitted_at, word_count,"
                    + " late, marker_id, outcome, score, result, decided_at, created_at, version, queued, offering_id)"
                    + " SELECT s.id, 1, TRUE, s.created_at, 600, FALSE, IF(s.score IS NULL, NULL, " + instructor + "),"
                    + " IF(s.score IS NULL, NULL, 'MARKED'), s.score, s.result,"
                    + " IF(s.score IS NULL, NULL, s.created_at + INTERVAL 3 DAY), s.created_at, 0, s.score IS NULL, "
                    + offering
                    + " FROM submissions s WHERE" + ofOffering);
            sql.executeUpdate("UPDATE submissions s JOIN reviews r ON r.submission_id = s.id SET s.status = 'RELEASED',"
                    + " s.released_review_id = r.id, s.released_at = r.decided_at + INTERVAL 1 DAY"
                    + " WHERE s.status = 'READY_FOR_RELEASE' AND" + ofOffering);
            // the first student signs in with the demo student's password
            sql.executeUpdate("UPDATE users SET password_hash = (SELECT h FROM (SELECT password_hash h FROM users"
                    + " WHERE email = 'student@demo.edu') d) WHERE email = 'g" + tag + "-0@growth.test'");
            sql.execute("SET FOREIGN_KEY_CHECKS = 1");
            sql.execute("DROP TABLE growth_numbers");
            sql.execute("ANALYZE TABLE users, user_roles, enrollments, submissions, submission_versions, reviews");
            return new Seeded(offering, "g" + tag + "-0@growth.test", students, (System.nanoTime() - started) / 1e9);
        }
    }

    /** A partner API token of the university of partner@demo.edu, stored as the tokens page stores one. */
    String partnerToken() throws SQLException {
        String token = TokenSecrets.generate();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO partner_api_tokens (university_id, name,"
                + " token_hash, token_hint, created_by_id, created_at) SELECT university_id, ?, ?, ?, id, NOW(6)"
                + " FROM users WHERE email = 'partner@demo.edu'")) {
            insert.setString(1, "growth benchmark " + System.nanoTime());
            insert.setString(2, TokenSecrets.hash(token));
            insert.setString(3, TokenSecrets.hint(token));
            insert.executeUpdate();
        }
        return token;
    }

    /** How many essays (submissions) the database holds. */
    long essays() throws SQLException {
        return single("SELECT COUNT(*) FROM submissions");
    }

    /** growth_numbers holds 0 .. count - 1, doubled from 0 in a few statements. */
    private static void numbers(Statement sql, int count) throws SQLException {
        sql.execute("DROP TABLE IF EXISTS growth_numbers");
        sql.execute("CREATE TABLE growth_numbers (n INT NOT NULL PRIMARY KEY)");
        sql.execute("INSERT INTO growth_numbers VALUES (0)");
        for (long size = 1; size < count; size *= 2) {
            sql.executeUpdate("INSERT INTO growth_numbers SELECT n + " + size + " FROM growth_numbers WHERE n + " + size
                    + " < " + count);
        }
    }

    private long single(String query) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            if (!rows.next()) {
                throw new IllegalStateException("Nothing for " + query + " (is the demo data there?)");
            }
            return rows.getLong(1);
        }
    }

    private static long lastId(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT LAST_INSERT_ID()")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
