package edu.aum.course.partner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the database holds of the API tokens, read behind the application's back: on MariaDB/MySQL (DB_URL)
 * with a query, on the embedded H2 by reading its file (the server holds the lock; strings of ASCII are
 * stored as their bytes, and the store writes within a second or two).
 */
final class StoredTokens {

    private StoredTokens() {}

    /** Everything the table holds, as one text (hashes, hints, names). */
    static String dump() {
        String url = System.getenv("DB_URL");
        return url == null || url.isBlank() ? h2File() : query(url);
    }

    private static String query(String url) {
        try (Connection connection = DriverManager.getConnection(url, env("DB_USER", "root"), env("DB_PASSWORD", ""));
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT name, token_hash, token_hint FROM partner_api_tokens")) {
            StringBuilder all = new StringBuilder();
            while (rows.next()) {
                all.append(rows.getString(1))
                        .append('|')
                        .append(rows.getString(2))
                        .append('|')
                        .append(rows.getString(3))
                        .append('\n');
            }
            return all.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String h2File() {
        Path file = Path.of(System.getProperty("it.workdir", "target/it"), "data", "course.mv.db");
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
