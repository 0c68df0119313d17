package edu.aum.course.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source. DB_URL, DB_USER and DB_PASSWORD (MicroProfile Config) choose
 * the database; unset, it is the embedded H2 file database under ./data (META-INF/microprofile-config.properties).
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "edu.aum.course.platform.persistence.JdbcUrlDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            // a connection the database dropped (MySQL's wait_timeout) is replaced, not handed out
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            // ... but checked at most once in this period per connection, not at every checkout (that extra round
            // trip was most of a partner API request's time); a database restarted within it costs a request its
            // connection once, and then every connection is dropped (fail-all-connections)
            "fish.payara.validate-atmost-once-period-in-seconds="
                    + DataSourceConfiguration.VALIDATE_AT_MOST_EVERY_SECONDS,
            // a request waits at most this long for a free connection, then fails (DatabaseOutage: 503)
            "fish.payara.max-wait-time-in-millis=" + DataSourceConfiguration.MAX_WAIT_MILLIS,
            // one connection found broken (the database restarted) drops them all, not one per request
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/course";
    /** How long a request waits for a connection when all are busy or the database is away. */
    public static final int MAX_WAIT_MILLIS = 3000;
    /** How often at most a pooled connection is checked before it is handed out. */
    public static final int VALIDATE_AT_MOST_EVERY_SECONDS = 5;
}
