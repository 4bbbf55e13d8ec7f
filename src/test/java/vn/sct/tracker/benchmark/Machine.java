package vn.sct.tracker.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a figure came from, and the memory this process holds. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return "%s, %d cores, %,d MiB RAM, Java %s, %s %s, max heap %,d MiB".formatted(cpu(),
                Runtime.getRuntime().availableProcessors(), totalMemoryMiB(), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Heap in use right now (no collection forced), MiB. */
    static long heapUsedMiB() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    /** Heap still in use after a full collection, MiB: what the application keeps. */
    static long heapLiveMiB() {
        System.gc();
        return heapUsedMiB();
    }

    /** Resident set of this process (heap, metaspace, threads, code), MiB. */
    static long rssMiB() {
        return procStatus("/proc/self/status", "VmRSS:");
    }

    private static long totalMemoryMiB() {
        return procStatus("/proc/meminfo", "MemTotal:");
    }

    private static long procStatus(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) >> 10).findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }
}
