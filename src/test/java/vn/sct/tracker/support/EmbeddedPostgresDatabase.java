package vn.sct.tracker.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL server per test JVM (binaries from Maven through zonky), shared by all tests. It is
 * stopped when the JVM ends, after Spring has closed every application context on it (a server stopped
 * first would leave each engine waiting for its database while it shuts down).
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres postgres;

    private EmbeddedPostgresDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                org.springframework.boot.SpringApplication.getShutdownHandlers().add(EmbeddedPostgresDatabase::stop);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static synchronized void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop embedded PostgreSQL", e);
        }
    }

    /**
     * Databases of their own on the same server, for tests that count everything in them (reports) and for
     * the browser tests (people who log in with their right passwords, whatever other tests tried before):
     * chosen with {@code @TestPropertySource(properties = "test.database=reports")}.
     */
    public static final java.util.List<String> OWN_DATABASES = java.util.List.of("reports", "monthly", "scale", "oracle",
            "browser");

    /** The JDBC URL with the database left to the property {@code test.database} (default postgres). */
    public static synchronized String jdbcUrlOfTestDatabase() {
        String url = jdbcUrl();
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            for (String database : OWN_DATABASES) {
                var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + database);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create the tests' own databases", e);
        }
        return url.replace("/postgres?", "/${test.database:postgres}?");
    }
}
