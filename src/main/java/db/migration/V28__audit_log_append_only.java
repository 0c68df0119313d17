package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit log is read by who acted (the admin's audit screen filters by person, newest first), and it is
 * append-only in the database as well as in the code: on MySQL and MariaDB, triggers refuse every UPDATE and
 * DELETE of an entry, whoever sends it. The embedded H2 has no SIGNAL; there the code alone keeps the rule
 * (AuditEntry has nothing that changes it, and nothing removes one).
 */
public class V28__audit_log_append_only extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V28__audit_log_append_only.class.getName());
    /** MySQL/MariaDB: no TRIGGER privilege (1142, 1227), binary logging needs SUPER for triggers (1419). */
    static final Set<Integer> NOT_ALLOWED = Set.of(1142, 1227, 1419);

    static final String REFUSE = "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only: ";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE INDEX idx_audit_log_actor ON audit_log (actor_id, occurred_at)");
            if (isMySql(connection)) {
                try {
                    sql.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW " + REFUSE
                            + "an entry is never changed'");
                    sql.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW " + REFUSE
                            + "an entry is never removed'");
                } catch (SQLException refused) {
                    if (!NOT_ALLOWED.contains(refused.getErrorCode())) {
                        throw refused;
                    }
                    // the database user may not create triggers (no TRIGGER privilege, or binary logging without
                    // SUPER): the code alone keeps the rule until a DBA creates them; the start goes on, loudly
                    LOG.warning(() -> "audit_log is append-only in the code only: the database refused its triggers ("
                            + refused.getMessage() + "). Create them as a user with the TRIGGER privilege (with binary"
                            + " logging: SUPER, or log_bin_trust_function_creators=1), or grant the application's user"
                            + " only SELECT, INSERT on audit_log; see the README, 'Audit log'.");
                }
            }
        }
    }

    /** MySQL, and MariaDB (which Connector/J names "MySQL", its own driver "MariaDB"). */
    static boolean isMySql(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }
}
