package edu.aum.course.platform.persistence;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source chosen by its JDBC URL alone, so that DB_URL, DB_USER and DB_PASSWORD are all it
 * takes to move from the embedded database to MySQL. Payara pools the connections it hands out.
 * The folder of an embedded database is made owner-only (OwnerOnly) before H2 first opens it.
 */
public class JdbcUrlDataSource implements DataSource {

    static final Map<String, String> DRIVERS = Map.of(
            "jdbc:h2:", "org.h2.Driver",
            "jdbc:mysql:", "com.mysql.cj.jdbc.Driver");

    /**
     * Connector/J waits forever for a database that does not answer and InnoDB 50 s for a locked row: a
     * request fails within seconds instead and says so (DatabaseOutage, the lock wait's message). A setting
     * the URL names itself wins.
     */
    static void mysqlDefaults(String url, Properties properties) {
        if (!url.contains("connectTimeout=")) {
            properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        }
        if (!url.contains("cachePrepStmts=")) {
            // the driver parses each statement's SQL when it is prepared (client-side prepared statements); parsed
            // once per connection and kept, the same queries of every request skip that (a tenth of an API call)
            properties.setProperty("cachePrepStmts", "true");
            properties.setProperty("prepStmtCacheSize", "500");
            properties.setProperty("prepStmtCacheSqlLimit", "4096");
        }
        if (!url.contains("sessionVariables=")) {
            properties.setProperty("sessionVariables", "innodb_lock_wait_timeout=" + LOCK_WAIT_SECONDS);
        }
    }

    static final int CONNECT_TIMEOUT_MILLIS = 2000;
    /** How long a statement waits for a row another transaction holds locked (MySQL's default is 50 s). */
    public static final int LOCK_WAIT_SECONDS = 3;

    /** The embedded folders made owner-only in this JVM (once each, not per pooled connection). */
    private static final Set<Path> PROTECTED = ConcurrentHashMap.newKeySet();

    private String url;
    private String user;
    private String password;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = unresolvedAsEmpty(user);
    }

    public void setPassword(String password) {
        this.password = unresolvedAsEmpty(password);
    }

    /** MicroProfile Config treats an empty value as missing and Payara then passes the expression. */
    static String unresolvedAsEmpty(String value) {
        return value == null || value.startsWith("${") ? "" : value;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Optional<Path> folder = embeddedFolder(url);
        boolean first = folder.isPresent() && PROTECTED.add(folder.get());
        if (first) {
            OwnerOnly.folder(folder.get()); // before H2 creates its files in it
        }
        Properties properties = new Properties();
        properties.setProperty("user", user == null ? "" : user);
        properties.setProperty("password", password == null ? "" : password);
        if (url != null && url.startsWith("jdbc:mysql:")) {
            mysqlDefaults(url, properties);
        }
        Connection connection = driverFor(url).connect(url, properties);
        if (connection == null) {
            throw new SQLException("The driver does not accept the URL " + url);
        }
        if (first) {
            OwnerOnly.folder(folder.get()); // the files H2 has just made
        }
        return connection;
    }

    /** The folder of an embedded H2 file database (jdbc:h2:file:./data/course, jdbc:h2:~/x); empty otherwise. */
    static Optional<Path> embeddedFolder(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String location = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (location.matches("(?i)(mem|tcp|ssl|zip|split|nio\\w*|async|retry):.*")) {
            return Optional.empty();
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        Path parent = Path.of(location).toAbsolutePath().getParent();
        return Optional.ofNullable(parent);
    }

    static Driver driverFor(String url) throws SQLException {
        String className = DRIVERS.entrySet().stream()
                .filter(entry -> url != null && url.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new SQLException(
                        "DB_URL must start with jdbc:mysql: (MySQL, MariaDB) or jdbc:h2: (embedded), not: " + url));
        try {
            return (Driver) Class.forName(className, true, JdbcUrlDataSource.class.getClassLoader())
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("The JDBC driver " + className + " is not available", e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections log through their drivers
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
