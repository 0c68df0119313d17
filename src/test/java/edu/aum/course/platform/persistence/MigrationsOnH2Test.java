package edu.aum.course.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations run on the embedded default; the integration tests run them on MariaDB in CI. */
class MigrationsOnH2Test {

    @Test
    void theMigrationsCreateTheSchemaAndItsUniqueKeys() throws SQLException {
        JdbcUrlDataSource dataSource = new JdbcUrlDataSource();
        dataSource.setUrl(
                "jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        dataSource.setUser("course");
        dataSource.setPassword("");

        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertEquals(
                0, result.migrations.stream().filter(m -> m.filepath == null).count());
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO users (email, full_name, password_hash, preferred_language, created_at)"
                    + " VALUES ('a@b.ru', 'Анна', 'h', 'RU', CURRENT_TIMESTAMP)");
            assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate(
                            "INSERT INTO users (email, full_name, password_hash, preferred_language, created_at)"
                                    + " VALUES ('a@b.ru', 'Другая', 'h', 'RU', CURRENT_TIMESTAMP)"));
            try (var rows = sql.executeQuery("SELECT full_name FROM users")) {
                rows.next();
                assertEquals("Анна", rows.getString(1));
            }
        }
    }

    /**
     * Connector/J 9.5 reads a SELECT that names a column like merged_into_id as SELECT ... INTO and
     * refuses to run it with executeQuery; no identifier may hold "into" as a word.
     */
    @Test
    void noIdentifierLooksLikeSelectInto() throws java.io.IOException {
        var pattern = java.util.regex.Pattern.compile("(?i)\\b\\w*(_into|into_)\\w*\\b");
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            for (var file : files.toList()) {
                var matcher = pattern.matcher(java.nio.file.Files.readString(file));
                if (matcher.find()) {
                    org.junit.jupiter.api.Assertions.fail(file.getFileName() + " names " + matcher.group());
                }
            }
        }
    }
}
