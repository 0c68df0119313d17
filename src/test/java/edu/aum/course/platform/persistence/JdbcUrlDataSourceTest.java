package edu.aum.course.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class JdbcUrlDataSourceTest {

    @Test
    void anH2UrlConnectsToH2() throws SQLException {
        JdbcUrlDataSource dataSource = new JdbcUrlDataSource();
        dataSource.setUrl("jdbc:h2:mem:ds-test;MODE=MySQL");
        dataSource.setUser("course");
        dataSource.setPassword("${MPCONFIG=db.password}");

        try (Connection connection = dataSource.getConnection()) {
            assertEquals("H2", connection.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void aMysqlUrlUsesConnectorJ() throws SQLException {
        assertEquals(
                "com.mysql.cj.jdbc.Driver",
                JdbcUrlDataSource.driverFor("jdbc:mysql://127.0.0.1:3306/course")
                        .getClass()
                        .getName());
    }

    @Test
    void anUnsupportedUrlSaysWhatDbUrlMayBe() {
        SQLException e = assertThrows(SQLException.class, () -> JdbcUrlDataSource.driverFor("jdbc:postgresql://x/y"));
        assertTrue(e.getMessage().contains("DB_URL"), e.getMessage());
        assertThrows(SQLException.class, () -> JdbcUrlDataSource.driverFor(null));
    }

    @Test
    void anUnresolvedConfigurationExpressionMeansEmpty() {
        assertEquals("", JdbcUrlDataSource.unresolvedAsEmpty("${MPCONFIG=db.password}"));
        assertEquals("", JdbcUrlDataSource.unresolvedAsEmpty(null));
        assertEquals("secret", JdbcUrlDataSource.unresolvedAsEmpty("secret"));
    }
}
