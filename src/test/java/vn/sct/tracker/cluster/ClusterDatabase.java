package vn.sct.tracker.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The one PostgreSQL server of the cluster test, on a fixed port and data directory so that it can be
 * stopped and started again under the running nodes; and the README's backup and restore with the
 * machine's own {@code pg_dump} and {@code pg_restore}.
 */
final class ClusterDatabase implements AutoCloseable {

    static final String DATABASE = "directives";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    ClusterDatabase(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    void start() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("max_connections", "200").start();
    }

    void createDatabase(String name) throws SQLException {
        try (Connection c = connect("postgres"); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
    }

    /** Stops the server as an outage would ("fast": connections are cut). */
    void stop() throws IOException {
        server.close();
        server = null;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    /** {@code pg_dump -Fc} of a database into a file, as in the README. */
    void dump(String database, Path file) throws IOException, InterruptedException {
        run(List.of(tool("pg_dump"), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", "-Fc",
                "-f", file.toString(), database));
    }

    /** {@code pg_restore} of such a file into an empty database, as in the README. */
    void restore(Path file, String database) throws IOException, InterruptedException {
        run(List.of(tool("pg_restore"), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres",
                "--no-owner", "-d", database, file.toString()));
    }

    /** The machine's PostgreSQL client tools (Debian's packages put the newest under /usr/lib/postgresql). */
    static String tool(String name) {
        List<Path> candidates = new ArrayList<>();
        File versions = new File("/usr/lib/postgresql");
        String[] found = versions.list();
        if (found != null) {
            java.util.Arrays.sort(found, java.util.Comparator.comparing(v -> -Integer.parseInt(v.replaceAll("\\D", "0"))));
            for (String v : found) {
                candidates.add(Path.of("/usr/lib/postgresql", v, "bin", name));
            }
        }
        candidates.add(Path.of("/usr/bin", name));
        return candidates.stream().filter(Files::isExecutable).findFirst().map(Path::toString).orElse(null);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        if (command.get(0) == null) {
            throw new IllegalStateException("PostgreSQL's client tools are not installed (postgresql-client)");
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }
}
