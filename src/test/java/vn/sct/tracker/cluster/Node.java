package vn.sct.tracker.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One node of the product: the built jar in a JVM of its own, on its own port, as the README starts it. */
final class Node implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    Node(String name, int port, Path jar, Map<String, String> environment, Path log) {
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.log = log;
        this.command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+ExitOnOutOfMemoryError", "-Duser.timezone=Asia/Ho_Chi_Minh",
                "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
    }

    Node start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("TRACKER_NODE_NAME", name);
        process = builder.start();
        process.getOutputStream().close();
        return this;
    }

    /** Waits until the node answers ready (/actuator/health/readiness). */
    Node awaitReady(Duration within) throws InterruptedException {
        Instant end = Instant.now().plus(within);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (see " + log + ")");
            }
            if (ready()) {
                return this;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " not ready within " + within + " (see " + log + ")");
    }

    boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: the node ends at once, in the middle of whatever it does. */
    void kill() throws InterruptedException, IOException {
        new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).inheritIO().start().waitFor();
        process.waitFor();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
