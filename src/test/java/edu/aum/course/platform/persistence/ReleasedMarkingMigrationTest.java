package edu.aum.course.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * V17 on a database that holds what the earlier defects left: an essay given back before the fix (IN_MARKING, its
 * review without a marker), one really in marking, and an essay the old demo seeding released without any review.
 * Migrated up to the version before V17 first, the rows written, then V17. On H2 here; {@code -Dmigration.mariadb=jdbc:mysql://...}
 * (a scratch database) runs the same on MariaDB.
 */
class ReleasedMarkingMigrationTest {

    @Test
    void onTheEmbeddedDatabase() throws SQLException {
        JdbcUrlDataSource h2 = new JdbcUrlDataSource();
        h2.setUrl("jdbc:h2:mem:v17;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                + "DB_CLOSE_DELAY=-1");
        h2.setUser("course");
        h2.setPassword("");
        repairsAndGuards(h2);
    }

    @Test
    void onMariaDbWhenNamed() throws SQLException {
        String url = System.getProperty("migration.mariadb");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null, "no scratch MariaDB named");
        JdbcUrlDataSource maria = new JdbcUrlDataSource();
        maria.setUrl(url);
        maria.setUser(System.getProperty("migration.user", "root"));
        maria.setPassword(System.getProperty("migration.password", ""));
        Flyway.configure().dataSource(maria).cleanDisabled(false).load().clean();
        repairsAndGuards(maria);
    }

    private static void repairsAndGuards(DataSource db) throws SQLException {
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .target(versionBefore17(db))
                .load()
                .migrate();
        try (Connection connection = db.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO universities (id, name_en, name_ru, country, partner, created_at)"
                    + " VALUES (1, 'U', 'У', 'RU', FALSE, CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO users (id, email, full_name, password_hash, preferred_language, created_at)"
                    + " VALUES (1, 's@x.ru', 'S', 'h', 'RU', CURRENT_TIMESTAMP), (2, 'm@x.ru', 'M', 'h', 'EN',"
                    + " CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO courses (id, code, title_en, title_ru, description_en, description_ru,"
                    + " created_at) VALUES (1, 'C', 'T', 'Т', 'D', 'О', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO offerings (id, course_id, starts_on, ends_on, enrollment_opens_on,"
                    + " enrollment_closes_on, created_at) VALUES (1, 1, DATE '2025-01-10', DATE '2025-05-01',"
                    + " DATE '2024-12-01', DATE '2025-01-20', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO enrollments (id, offering_id, student_id, university_id, student_number,"
                    + " status, enrolled_at) VALUES (1, 1, 1, 1, 'N1', 'ACTIVE', CURRENT_TIMESTAMP)");
            for (int a = 1; a <= 3; a++) {
                sql.executeUpdate("INSERT INTO assignments (id, offering_id, title_en, title_ru, prompt_en, prompt_ru,"
                        + " opens_at, due_at, cutoff_at, created_at) VALUES (" + a + ", 1, 'A', 'А', 'P', 'П',"
                        + " TIMESTAMP '2025-01-10 00:00:00', TIMESTAMP '2025-01-20 00:00:00',"
                        + " TIMESTAMP '2025-01-22 00:00:00', CURRENT_TIMESTAMP)");
            }
            // 1: given back before the fix; 2: really in marking (marker 2); 3: released by the old demo, no review
            sql.executeUpdate("INSERT INTO submissions (id, assignment_id, enrollment_id, status, created_at)"
                    + " VALUES (1, 1, 1, 'IN_MARKING', CURRENT_TIMESTAMP), (2, 2, 1, 'IN_MARKING', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO submissions (id, assignment_id, enrollment_id, status, created_at, score,"
                    + " result, released_at) VALUES (3, 3, 1, 'RELEASED', CURRENT_TIMESTAMP, 81.00, 'PASS',"
                    + " TIMESTAMP '2025-01-29 10:00:00')");
            for (int s = 1; s <= 3; s++) {
                sql.executeUpdate("INSERT INTO submission_versions (submission_id, version_number, html, word_count,"
                        + " sha256, submitted_at, late) VALUES (" + s + ", 1, '<p>x</p>', 600, '" + "0".repeat(64)
                        + "', TIMESTAMP '2025-01-19 10:00:00', FALSE)");
            }
            sql.executeUpdate("INSERT INTO reviews (submission_id, version_number, latest, submitted_at, word_count,"
                    + " late, marker_id, created_at) VALUES (1, 1, TRUE, TIMESTAMP '2025-01-19 10:00:00', 600, FALSE,"
                    + " NULL, CURRENT_TIMESTAMP), (2, 1, TRUE, TIMESTAMP '2025-01-19 10:00:00', 600, FALSE, 2,"
                    + " CURRENT_TIMESTAMP)");
        }

        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection connection = db.getConnection();
                Statement sql = connection.createStatement()) {
            assertEquals("SUBMITTED", one(sql, "SELECT status FROM submissions WHERE id = 1"), "given back: waiting");
            assertEquals("IN_MARKING", one(sql, "SELECT status FROM submissions WHERE id = 2"), "marked by M: stays");
            assertEquals(
                    "IN_MARKING>SUBMITTED",
                    one(
                            sql,
                            "SELECT CONCAT(from_state, '>', to_state) FROM audit_log"
                                    + " WHERE subject_type = 'Submission' AND subject_id = 1"));
            assertEquals("0", one(sql, "SELECT COUNT(*) FROM audit_log WHERE subject_id <> 1"), "one audit line");
            assertEquals(
                    "MARKED 81.00 PASS",
                    one(
                            sql,
                            "SELECT CONCAT(r.outcome, ' ', r.score, ' ', r.result) FROM reviews r"
                                    + " JOIN submissions s ON s.released_review_id = r.id WHERE s.id = 3"),
                    "the old demo's released essay now names a review with its result");

            // from now on the database itself refuses a release without its marking, or with another result
            assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate("UPDATE submissions SET status = 'RELEASED', score = 70, result = 'PASS',"
                            + " released_at = CURRENT_TIMESTAMP WHERE id = 2"),
                    "released without a review");
            assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate("UPDATE submissions SET result = 'FAIL' WHERE id = 3"),
                    "a result other than its review's");
            assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate("UPDATE reviews SET outcome = 'MARKED' WHERE submission_id = 2"),
                    "marked without a score");
        }
    }

    /** The newest migration before V17 (V14 to V16 may or may not be there yet). */
    private static String versionBefore17(DataSource db) {
        MigrationVersion v17 = MigrationVersion.fromVersion("17");
        return java.util.Arrays.stream(Flyway.configure()
                        .dataSource(db)
                        .locations("classpath:db/migration")
                        .load()
                        .info()
                        .all())
                .map(m -> m.getVersion())
                .filter(v -> v.compareTo(v17) < 0)
                .max(MigrationVersion::compareTo)
                .orElseThrow()
                .getVersion();
    }

    private static String one(Statement sql, String query) throws SQLException {
        try (var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
