package vn.sct.tracker.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL server per test JVM (binaries from Maven through zonky), shared by all tests;
 * zonky stops it when the JVM ends.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres postgres;

    private EmbeddedPostgresDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** A database of its own on the same server, created empty on first use (for tests that count everything). */
    public static synchronized String jdbcUrl(String database) {
        jdbcUrl();
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("CREATE DATABASE " + database);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
        return postgres.getJdbcUrl("postgres", database);
    }
}
