package edu.aum.course.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V28, a Java migration, runs on the embedded H2 as on MariaDB: it indexes the log by who acted and creates no
 * trigger here (H2 has no SIGNAL; AppendOnlyAuditLogIT proves MariaDB's triggers).
 */
class AuditLogMigrationTest {

    @Test
    void onTheEmbeddedDatabaseTheLogIsIndexedByWhoActed() throws SQLException {
        JdbcUrlDataSource h2 = new JdbcUrlDataSource();
        h2.setUrl("jdbc:h2:mem:v28;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                + "DB_CLOSE_DELAY=-1");
        h2.setUser("course");
        h2.setPassword("");
        Flyway flyway = Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration")
                .load();
        flyway.migrate();

        assertTrue(Arrays.stream(flyway.info().applied())
                .anyMatch(m -> m.getVersion().getVersion().equals("28")
                        && m.getState().isApplied()
                        && !m.getState().isFailed()));
        try (Connection connection = h2.getConnection();
                Statement sql = connection.createStatement();
                var rows = sql.executeQuery("SELECT COUNT(*) FROM information_schema.indexes"
                        + " WHERE LOWER(index_name) = 'idx_audit_log_actor'")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }
}
