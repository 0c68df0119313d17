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
            "fish.payara.connection-validation-method=auto-commit"
        })
@Singleton
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/course";
}
