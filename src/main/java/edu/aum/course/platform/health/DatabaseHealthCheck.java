package edu.aum.course.platform.health;

import edu.aum.course.platform.persistence.DataSourceConfiguration;
import edu.aum.course.platform.persistence.DatabaseProbe;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try {
            DatabaseProbe.check(dataSource);
            return response(Status.UP, Optional.empty());
        } catch (SQLException e) {
            return response(
                    Status.DOWN, Optional.of(Map.of("error", e.getClass().getSimpleName())));
        }
    }

    private static HealthCheckResponse response(Status status, Optional<Map<String, Object>> data) {
        return new HealthCheckResponse(NAME, status, data);
    }
}
