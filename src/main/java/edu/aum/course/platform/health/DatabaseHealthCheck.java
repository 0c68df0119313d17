package edu.aum.course.platform.health;

import edu.aum.course.platform.persistence.DataSourceConfiguration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * GET /health (and /health/ready) is UP only while the database answers and takes a write: a database that went
 * read-only (a replica after a fail-over) makes the instance not ready. /health/live does not ask the database.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final String NAME = "database";
    private static final int TIMEOUT_SECONDS = 2;
    private static final String PROBE = "UPDATE health_probe SET checked_at = ? WHERE id = 1";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return response(Status.DOWN, Optional.empty());
            }
            return writes(connection)
                    ? response(Status.UP, Optional.empty())
                    : response(Status.DOWN, Optional.of(Map.of("error", "the probe row is missing")));
        } catch (SQLException e) {
            return response(
                    Status.DOWN, Optional.of(Map.of("error", e.getClass().getSimpleName())));
        }
    }

    /** One row updated (auto-commit: the check runs outside any transaction); refused while read-only. */
    private static boolean writes(Connection connection) throws SQLException {
        try (PreparedStatement probe = connection.prepareStatement(PROBE)) {
            probe.setQueryTimeout(TIMEOUT_SECONDS);
            probe.setLong(1, System.currentTimeMillis());
            return probe.executeUpdate() == 1;
        }
    }

    private static HealthCheckResponse response(Status status, Optional<Map<String, Object>> data) {
        return new HealthCheckResponse(NAME, status, data);
    }
}
