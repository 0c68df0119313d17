package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit log is read by who acted (the admin's audit screen filters by person, newest first), and it is
 * append-only in the database as well as in the code: on MySQL and MariaDB, triggers refuse every UPDATE and
 * DELETE of an entry, whoever sends it. The embedded H2 has no SIGNAL; there the code alone keeps the rule
 * (AuditEntry has nothing that changes it, and nothing removes one).
 */
public class V28__audit_log_append_only extends BaseJavaMigration {

    static final String REFUSE = "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only: ";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE INDEX idx_audit_log_actor ON audit_log (actor_id, occurred_at)");
            if (isMySql(connection)) {
                sql.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW " + REFUSE
                        + "an entry is never changed'");
                sql.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW " + REFUSE
                        + "an entry is never removed'");
            }
        }
    }

    /** MySQL, and MariaDB (which Connector/J names "MySQL", its own driver "MariaDB"). */
    static boolean isMySql(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }
}
