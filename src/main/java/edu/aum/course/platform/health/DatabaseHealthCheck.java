package edu.aum.course.platform.health;

import edu.aum.course.platform.persistence.DataSourceConfiguration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/** GET /health is UP only while the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final String NAME = "database";
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return response(connection.isValid(TIMEOUT_SECONDS) ? Status.UP : Status.DOWN, Optional.empty());
        } catch (SQLException e) {
            return response(
                    Status.DOWN, Optional.of(Map.of("error", e.getClass().getSimpleName())));
        }
    }

    private static HealthCheckResponse response(Status status, Optional<Map<String, Object>> data) {
        return new HealthCheckResponse(NAME, status, data);
    }
}
