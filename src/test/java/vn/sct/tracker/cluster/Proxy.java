package vn.sct.tracker.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * nginx in front of the nodes with the product's own configuration ({@code deploy/nginx}), its
 * {@code ${...}} filled in as the nginx image fills them from the environment. Only where the machine
 * has nginx ({@code /usr/sbin/nginx}, Debian's package nginx-light).
 */
final class Proxy implements AutoCloseable {

    static final String NGINX = "/usr/sbin/nginx";

    private final Process process;

    private Proxy(Process process) {
        this.process = process;
    }

    static boolean installed() {
        return new File(NGINX).canExecute();
    }

    static Proxy start(Path dir, int port, Node first, Node second) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String site = Files.readString(Path.of("deploy/nginx/directive-tracker.conf.template"));
        for (Map.Entry<String, String> v : Map.of("NGINX_PORT", Integer.toString(port),
                "TRACKER_NODE1_NAME", first.name, "TRACKER_NODE1_ADDRESS", "127.0.0.1:" + first.port,
                "TRACKER_NODE2_NAME", second.name, "TRACKER_NODE2_ADDRESS", "127.0.0.1:" + second.port).entrySet()) {
            site = site.replace("${" + v.getKey() + "}", v.getValue());
        }
        Files.writeString(dir.resolve("tracker.conf"), site);
        String d = dir.toAbsolutePath().toString();
        Files.writeString(dir.resolve("nginx.conf"), """
                user root;
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/tracker.conf;
                }
                """.formatted(d));
        Process check = new ProcessBuilder(NGINX, "-t", "-p", d, "-c", d + "/nginx.conf").redirectErrorStream(true)
                .redirectOutput(dir.resolve("check.log").toFile()).start();
        if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
            throw new IllegalStateException("nginx -t refused the configuration: " + Files.readString(dir.resolve("check.log")));
        }
        Process nginx = new ProcessBuilder(NGINX, "-p", d, "-c", d + "/nginx.conf").redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile()).start();
        Thread.sleep(1000);
        if (!nginx.isAlive()) {
            throw new IllegalStateException("nginx stopped: " + Files.readString(dir.resolve("error.log")));
        }
        return new Proxy(nginx);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
