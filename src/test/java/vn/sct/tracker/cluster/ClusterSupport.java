package vn.sct.tracker.cluster;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting for what the cluster does, timing it, and the test's ports and folders. */
final class ClusterSupport {

    private ClusterSupport() {
    }

    static void await(Duration within, BooleanSupplier condition, String what) throws InterruptedException {
        Instant end = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            Thread.sleep(500);
        }
    }

    static String seconds(Instant since) {
        return String.format(java.util.Locale.ROOT, "%.1f s", Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }

    static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
