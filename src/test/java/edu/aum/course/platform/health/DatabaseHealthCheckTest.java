package edu.aum.course.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.platform.persistence.JdbcUrlDataSource;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class DatabaseHealthCheckTest {

    @Test
    void upWhileTheDatabaseAnswers() {
        assertEquals(
                Status.UP,
                checkAgainst(
                                "jdbc:h2:mem:health;INIT=CREATE TABLE IF NOT EXISTS health_probe(id INT PRIMARY KEY, checked_at BIGINT NOT NULL)\\;MERGE INTO health_probe KEY(id) VALUES (1, 0)")
                        .call()
                        .getStatus());
    }

    @Test
    void downWhenTheDatabaseDoesNotAnswer() {
        var response = checkAgainst("jdbc:mysql://127.0.0.1:1/nothing-listens-here?connectTimeout=2000")
                .call();

        assertEquals(Status.DOWN, response.getStatus());
        assertEquals("database", response.getName());
    }

    private static DatabaseHealthCheck checkAgainst(String url) {
        JdbcUrlDataSource dataSource = new JdbcUrlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("course");
        dataSource.setPassword("");
        DatabaseHealthCheck check = new DatabaseHealthCheck();
        check.dataSource = dataSource;
        return check;
    }
}
