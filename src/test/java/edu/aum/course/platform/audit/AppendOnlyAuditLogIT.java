package edu.aum.course.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.persistence.JdbcUrlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB (DB_URL, as in CI), the database itself refuses to change or remove an entry of the audit log, whoever
 * asks: V28's triggers answer UPDATE and DELETE with SQLSTATE 45000, while INSERT still works. The entry this test
 * writes is rolled back (a rollback of an insert is no DELETE).
 */
class AppendOnlyAuditLogIT {

    @Test
    void updateAndDeleteAreRefusedByTheDatabase() throws SQLException {
        String url = System.getenv("DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:mysql:"), "no MySQL or MariaDB named in DB_URL");
        JdbcUrlDataSource db = new JdbcUrlDataSource();
        db.setUrl(url);
        db.setUser(System.getenv().getOrDefault("DB_USER", "root"));
        db.setPassword(System.getenv().getOrDefault("DB_PASSWORD", ""));
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection connection = db.getConnection();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                sql.executeUpdate("INSERT INTO audit_log (occurred_at, subject_type, subject_id, action, detail)"
                        + " VALUES (CURRENT_TIMESTAMP(6), 'AppendOnlyTest', 1, 'WRITTEN', 'as it happened')");
                SQLException update = assertThrows(
                        SQLException.class,
                        () -> sql.executeUpdate(
                                "UPDATE audit_log SET detail = 'rewritten' WHERE subject_type = 'AppendOnlyTest'"));
                SQLException delete = assertThrows(
                        SQLException.class,
                        () -> sql.executeUpdate("DELETE FROM audit_log WHERE subject_type = 'AppendOnlyTest'"));

                assertEquals("45000", update.getSQLState());
                assertTrue(update.getMessage().contains("append-only"), update.getMessage());
                assertEquals("45000", delete.getSQLState());
                try (var rows =
                        sql.executeQuery("SELECT detail FROM audit_log WHERE subject_type = 'AppendOnlyTest'")) {
                    assertTrue(rows.next());
                    assertEquals("as it happened", rows.getString(1), "unchanged");
                }
            } finally {
                connection.rollback();
            }
        }
    }
}
