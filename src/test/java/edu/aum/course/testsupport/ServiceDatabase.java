package edu.aum.course.testsupport;

import edu.aum.course.platform.persistence.JdbcUrlDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The service tier's database, opened once per test run: DB_URL (with DB_USER, DB_PASSWORD) when it is set, as
 * in CI, where the Payara-based ITs use the same database at the same time; else an embedded H2 in MySQL mode in
 * memory. Its schema comes from the real Flyway migrations (a migrate by the application at the same time waits
 * for Flyway's lock and then finds nothing to do), and the application's persistence unit "course" is opened on
 * it resource-local instead of through the server's JTA data source.
 */
final class ServiceDatabase implements AutoCloseable {

    static final String EMBEDDED = "jdbc:h2:mem:servicetier;MODE=MySQL;DATABASE_TO_LOWER=TRUE"
            + ";CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    final String url;
    final EntityManagerFactory factory;

    private ServiceDatabase(String url, EntityManagerFactory factory) {
        this.url = url;
        this.factory = factory;
    }

    static ServiceDatabase open() {
        String url = environment("DB_URL", EMBEDDED);
        String user = environment("DB_USER", "course");
        String password = environment("DB_PASSWORD", "");
        long start = System.nanoTime();
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        long migrated = System.nanoTime();
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.jtaDataSource", "");
        // the app's own data source rather than jdbc.* properties: EclipseLink takes a jdbc.password that looks like
        // hex (as CI's generated one does) for one it encrypted, and fails to decrypt it
        JdbcUrlDataSource dataSource = new JdbcUrlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        settings.put("jakarta.persistence.nonJtaDataSource", dataSource);
        // one connection per EntityManager for reads and writes alike, so every query sees the test's own rows
        settings.put("eclipselink.jdbc.exclusive-connection.mode", "Always");
        // no agent outside the server: lazy to-one relations load eagerly (and EclipseLink need not say so for each)
        settings.put("eclipselink.weaving", "false");
        settings.put("eclipselink.logging.level.metadata", "SEVERE");
        // every statement reaches SqlCount, which counts it (-Dservice.tier.sql=true also shows it)
        settings.put("eclipselink.logging.logger", SqlCount.class.getName());
        settings.put("eclipselink.logging.level.sql", "FINE");
        settings.put("eclipselink.logging.parameters", String.valueOf(Boolean.getBoolean("service.tier.sql")));
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("course", settings);
        factory.createEntityManager().close(); // EclipseLink reads the mappings on first use
        System.out.printf(
                "Service tier on %s: migrated in %d ms, persistence unit ready in %d ms%n",
                url.equals(EMBEDDED) ? "an in-memory H2" : "DB_URL",
                (migrated - start) / 1_000_000,
                (System.nanoTime() - migrated) / 1_000_000);
        return new ServiceDatabase(url, factory);
    }

    private static String environment(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    @Override
    public void close() {
        factory.close();
    }
}
