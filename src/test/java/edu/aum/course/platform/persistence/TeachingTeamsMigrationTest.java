package edu.aum.course.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * V19 on an installation from before teaching teams: two instructors, an admin, a student and two offerings,
 * migrated up to V18 first, then V19. Every instructor joins every existing offering (nobody loses access on
 * upgrade); nobody else does; one instructor is on a team once. On H2 here; {@code -Dmigration.mariadb=jdbc:mysql://...}
 * (a scratch database) runs the same on MariaDB.
 */
class TeachingTeamsMigrationTest {

    @Test
    void onTheEmbeddedDatabase() throws SQLException {
        JdbcUrlDataSource h2 = new JdbcUrlDataSource();
        h2.setUrl("jdbc:h2:mem:v19;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                + "DB_CLOSE_DELAY=-1");
        h2.setUser("course");
        h2.setPassword("");
        everyInstructorKeepsEveryOffering(h2);
    }

    @Test
    void onMariaDbWhenNamed() throws SQLException {
        String url = System.getProperty("migration.mariadb");
        Assumptions.assumeTrue(url != null, "no scratch MariaDB named");
        JdbcUrlDataSource maria = new JdbcUrlDataSource();
        maria.setUrl(url);
        maria.setUser(System.getProperty("migration.user", "root"));
        maria.setPassword(System.getProperty("migration.password", ""));
        Flyway.configure().dataSource(maria).cleanDisabled(false).load().clean();
        everyInstructorKeepsEveryOffering(maria);
    }

    private static void everyInstructorKeepsEveryOffering(DataSource db) throws SQLException {
        migrate(db, "18");
        try (Connection connection = db.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO users (id, email, full_name, password_hash, preferred_language, created_at)"
                    + " VALUES (1, 'i1@x.ru', 'I1', 'h', 'RU', CURRENT_TIMESTAMP), (2, 'i2@x.ru', 'I2', 'h', 'EN',"
                    + " CURRENT_TIMESTAMP), (3, 'a@x.ru', 'A', 'h', 'EN', CURRENT_TIMESTAMP), (4, 's@x.ru', 'S', 'h',"
                    + " 'EN', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO user_roles (user_id, role) VALUES (1, 'INSTRUCTOR'), (2, 'INSTRUCTOR'),"
                    + " (2, 'ADMIN'), (3, 'ADMIN'), (4, 'STUDENT')");
            sql.executeUpdate("INSERT INTO courses (id, code, title_en, title_ru, description_en, description_ru,"
                    + " created_at) VALUES (1, 'C', 'T', 'Т', 'D', 'О', CURRENT_TIMESTAMP)");
            for (int o = 1; o <= 2; o++) {
                sql.executeUpdate("INSERT INTO offerings (id, course_id, starts_on, ends_on, enrollment_opens_on,"
                        + " enrollment_closes_on, created_at) VALUES (" + o + ", 1, DATE '2025-01-10',"
                        + " DATE '2025-05-01', DATE '2024-12-01', DATE '2025-01-20', CURRENT_TIMESTAMP)");
            }
        }
        migrate(db, "19");
        try (Connection connection = db.getConnection();
                Statement sql = connection.createStatement()) {
            assertEquals(
                    List.of("1:1", "1:2", "2:1", "2:2"),
                    rows(sql, "SELECT offering_id, instructor_id FROM offering_instructors ORDER BY 1, 2"));
            assertEquals(
                    List.of("1:null", "2:null"), rows(sql, "SELECT id, team_changed_at FROM offerings ORDER BY 1"));
            assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate("INSERT INTO offering_instructors VALUES (1, 1)"),
                    "once per team");
            assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate("INSERT INTO offering_instructors VALUES (9, 1)"),
                    "an offering that exists");
            sql.executeUpdate("DELETE FROM offerings WHERE id = 2");
            assertEquals(
                    List.of("1:1", "1:2"),
                    rows(sql, "SELECT offering_id, instructor_id FROM offering_instructors ORDER BY 1, 2"));
        }
    }

    private static void migrate(DataSource db, String target) {
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1) + ":" + result.getString(2));
            }
        }
        return rows;
    }
}
