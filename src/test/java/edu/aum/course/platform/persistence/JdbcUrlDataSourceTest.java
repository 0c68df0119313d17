package edu.aum.course.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void anEmbeddedDatabaseFolderAndItsFilesAreTheOwnersOnly(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(
                data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path older = Files.writeString(data.resolve("demo-signing.p12.lock"), "");
        Files.setPosixFilePermissions(older, PosixFilePermissions.fromString("rw-r--r--"));
        JdbcUrlDataSource dataSource = new JdbcUrlDataSource();
        dataSource.setUrl("jdbc:h2:file:" + data.resolve("course") + ";MODE=MySQL");

        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("CREATE TABLE t (id INT)");
        }

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        try (var files = Files.list(data)) {
            List<Path> all = files.toList();
            assertTrue(all.contains(data.resolve("course.mv.db")), all.toString());
            for (Path file : all) {
                assertEquals(
                        "rw-------",
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                        file.toString());
            }
        }
    }

    @Test
    void onlyFileUrlsOfH2NameAFolder() {
        assertEquals(
                Optional.of(Path.of("data").toAbsolutePath()),
                JdbcUrlDataSource.embeddedFolder("jdbc:h2:file:./data/course;MODE=MySQL")
                        .map(Path::normalize));
        assertEquals(
                Optional.of(Path.of("data").toAbsolutePath()),
                JdbcUrlDataSource.embeddedFolder("jdbc:h2:./data/course").map(Path::normalize));
        assertEquals(Optional.empty(), JdbcUrlDataSource.embeddedFolder("jdbc:h2:mem:x;MODE=MySQL"));
        assertEquals(Optional.empty(), JdbcUrlDataSource.embeddedFolder("jdbc:h2:tcp://db/course"));
        assertEquals(Optional.empty(), JdbcUrlDataSource.embeddedFolder("jdbc:mysql://127.0.0.1:3306/course"));
    }

    @Test
    void connectorJKeepsEachConnectionsParsedStatementsUnlessTheUrlSaysOtherwise() {
        java.util.Properties properties = new java.util.Properties();
        JdbcUrlDataSource.mysqlDefaults("jdbc:mysql://127.0.0.1:3306/course", properties);
        assertEquals("true", properties.getProperty("cachePrepStmts"));
        assertEquals("500", properties.getProperty("prepStmtCacheSize"));
        java.util.Properties given = new java.util.Properties();
        JdbcUrlDataSource.mysqlDefaults("jdbc:mysql://127.0.0.1:3306/course?cachePrepStmts=false", given);
        assertEquals(null, given.getProperty("cachePrepStmts"), "the URL's own setting wins");
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
