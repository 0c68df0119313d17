package edu.aum.course.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether the database is usable: it answers and takes a write (one row of health_probe, V21), so a database
 * that went read-only is not. For /health and for telling an outage from an ordinary error.
 */
public final class DatabaseProbe {

    static final int TIMEOUT_SECONDS = 2;
    private static final String PROBE = "UPDATE health_probe SET checked_at = ? WHERE id = 1";

    private DatabaseProbe() {}

    /** Answers normally when usable; throws what the database said otherwise. */
    public static void check(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                throw new SQLException("The database did not answer within " + TIMEOUT_SECONDS + " s", "08000");
            }
            try (PreparedStatement probe = connection.prepareStatement(PROBE)) { // auto-commit: no transaction here
                probe.setQueryTimeout(TIMEOUT_SECONDS);
                probe.setLong(1, System.currentTimeMillis());
                if (probe.executeUpdate() != 1) {
                    throw new SQLException("The health_probe row is missing");
                }
            }
        }
    }

    public static boolean usable(DataSource dataSource) {
        try {
            check(dataSource);
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
