package vn.sct.tracker.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sct.tracker.DirectiveTrackerApplication;
import vn.sct.tracker.calendar.WorkingCalendar;

/**
 * The product at a province's scale, on PostgreSQL, with the machine printed beside every figure:
 * lifecycle throughput and step latency of the product against a bare process of the same shape
 * (interleaved, same run), a storm of deadlines falling due at once, the Office's reads at 100,000 and
 * 1,000,000 directives, a programme's import, and the memory it takes. Run: {@code ./mvnw -Pbenchmark verify};
 * parts and sizes with {@code -Dbenchmark.parts=lifecycle,import,storm,scale},
 * {@code -Dbenchmark.imports=107,500}, {@code -Dbenchmark.storm=10000},
 * {@code -Dbenchmark.sizes=100000,1000000}, {@code -Dbenchmark.slice=20} (seconds per slice),
 * {@code -Dbenchmark.rounds=3}.
 */
public final class ProvinceBenchmark {

    private static final String PASSWORD = "Sct@2026demo";

    private ProvinceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> parts = Set.of(System.getProperty("benchmark.parts", "lifecycle,import,storm,scale").split(","));
        EmbeddedPostgres.Builder database = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_connections", "100");
        // Further server settings for a look inside, e.g. -Dbenchmark.pg=log_min_duration_statement=0
        for (String setting : System.getProperty("benchmark.pg", "").split(",")) {
            if (setting.contains("=")) {
                database.setServerConfig(setting.substring(0, setting.indexOf('=')),
                        setting.substring(setting.indexOf('=') + 1));
            }
        }
        try (EmbeddedPostgres postgres = database.start()) {
            ConfigurableApplicationContext context = SpringApplication.run(DirectiveTrackerApplication.class,
                    "--spring.profiles.active=demo,postgres", "--server.port=0",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--tracker.demo.password=" + PASSWORD, "--logging.level.root=warn",
                    "--logging.level.vn.sct=warn");
            try {
                new ProvinceBenchmark().run(context, parts);
            } finally {
                context.close();
            }
        }
    }

    private void run(ConfigurableApplicationContext context, Set<String> parts) throws Exception {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "8080"));
        Http http = new Http(port, PASSWORD);
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        print("=== Province benchmark ===");
        print("machine: " + Machine.describe());
        print("database: embedded PostgreSQL %s, shared_buffers 512MB", jdbc.queryForObject("SHOW server_version",
                String.class));
        Thread.sleep(5_000);
        print("memory at idle: heap %,d MiB live (after GC), RSS %,d MiB", Machine.heapLiveMiB(), Machine.rssMiB());

        if (parts.contains("lifecycle")) {
            lifecycle(engine, http);
        }
        if (parts.contains("import")) {
            imports(engine, port, context);
        }
        if (parts.contains("storm")) {
            storm(engine, jdbc, context.getBean(WorkingCalendar.class));
        }
        if (parts.contains("scale")) {
            scale(jdbc, http, port);
        }
        print("==========================");
    }

    private void lifecycle(ProcessEngine engine, Http http) throws Exception {
        LifecycleBench.deployBare(engine.getRepositoryService(), engine.getAuthorizationService());
        LifecycleBench bench = new LifecycleBench(http);
        long slice = Long.getLong("benchmark.slice", 20) * 1000;
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        bench.run(4, 1, 5_000);
        print("");
        print("--- Lifecycle: register + 7 steps over /engine-rest, %d alternating slices of %d s per side ---",
                rounds, slice / 1000);
        for (int users : Arrays.stream(System.getProperty("benchmark.users", "4,20").split(","))
                .mapToInt(Integer::parseInt).toArray()) {
            AtomicLong maxHeap = new AtomicLong();
            AtomicLong maxRss = new AtomicLong();
            Thread sampler = sampler(maxHeap, maxRss);
            List<LifecycleBench.Side> sides = bench.run(users, rounds, slice);
            sampler.interrupt();
            LifecycleBench.Side product = sides.get(0);
            LifecycleBench.Side bare = sides.get(1);
            print("%2d users: product %.2f lifecycles/s, bare %.2f/s, ratio %.2f", users, product.perSecond(),
                    bare.perSecond(), product.perSecond() / bare.perSecond());
            for (LifecycleBench.Side side : sides) {
                print("          %-7s step median %6.1f ms, p95 %6.1f ms (%,d steps)", side.name,
                        side.steps.medianMs(), side.steps.p95Ms(), side.steps.count());
            }
            print("          p95 product/bare %.2f; memory under load: heap up to %,d MiB, RSS up to %,d MiB",
                    product.steps.p95Ms() / bare.steps.p95Ms(), maxHeap.get(), maxRss.get());
            print("          per step, product vs bare median (ms): %s", product.byStep.entrySet().stream()
                    .map(e -> "%s %.0f/%.0f".formatted(e.getKey().replace("Task_", ""), e.getValue().medianMs(),
                            bare.byStep.containsKey(e.getKey()) ? bare.byStep.get(e.getKey()).medianMs() : Double.NaN))
                    .collect(Collectors.joining(", ")));
        }
    }

    private void imports(ProcessEngine engine, int port, ConfigurableApplicationContext context) {
        LifecycleBench.deployBare(engine.getRepositoryService(), engine.getAuthorizationService());
        ImportBench bench = new ImportBench(engine, port, PASSWORD,
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        bench.run(20, 1);
        print("");
        print("--- Import of a programme (XLSX, one transaction) against the bare engine starting as many instances"
                + " in one transaction; median of %d rounds ---", rounds);
        for (int rows : Arrays.stream(System.getProperty("benchmark.imports", "107,500").split(","))
                .mapToInt(Integer::parseInt).toArray()) {
            ImportBench.Result r = bench.run(rows, rounds);
            print("%4d rows: product %,.0f ms (%.1f ms/row), bare %,.0f ms (%.1f ms/row), ratio %.2f", rows,
                    r.productMs(), r.productMs() / rows, r.bareMs(), r.bareMs() / rows, r.ratio());
        }
    }

    private void storm(ProcessEngine engine, JdbcTemplate jdbc, WorkingCalendar calendar) throws Exception {
        int n = Integer.getInteger("benchmark.storm", 10_000);
        TimerStorm.Result r = new TimerStorm(engine, jdbc, calendar).run(n, 4);
        print("");
        print("--- Timer storm: %,d deadlines due at the same moment, one node ---", n);
        print("registered in %.0f s (%.0f/s, 4 threads through the start form)", r.registerSeconds(),
                n / r.registerSeconds());
        print("first escalation after %.1f s; all %,d escalated in %.1f s; %,d jobs run (%.0f jobs/s)",
                r.pickupSeconds(), r.escalations(), r.stormSeconds(), r.jobs(), r.jobs() / r.stormSeconds());
        print("duplicates: %d escalations twice; Office chase tasks open: %,d", r.duplicates(), r.chaseTasks());
    }

    private void scale(JdbcTemplate jdbc, Http http, int port) throws Exception {
        ScaleBench bench = new ScaleBench(jdbc, http, port, PASSWORD);
        int[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "100000,1000000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int runs = Integer.getInteger("benchmark.runs", 15);
        List<Map<String, Latencies>> results = new ArrayList<>();
        for (int size : sizes) {
            double seconds = bench.growTo(size);
            print("");
            print("--- Scale: %,d directives (%,d open, %,d extended), written in %.0f s; %d runs each ---",
                    bench.count("SELECT count(*) FROM directive"),
                    bench.count("SELECT count(*) FROM directive WHERE closed_at IS NULL"),
                    bench.count("SELECT count(*) FROM directive_extension"), seconds, runs);
            Map<String, Latencies> figures = bench.measure(runs);
            figures.forEach((name, l) -> print("%-34s median %7.1f ms, p95 %7.1f ms", name, l.medianMs(), l.p95Ms()));
            print("memory: heap %,d MiB live (after GC), RSS %,d MiB", Machine.heapLiveMiB(), Machine.rssMiB());
            results.add(figures);
        }
        if (results.size() > 1) {
            print("");
            print("--- Growth from %,d to %,d directives (p95) ---", sizes[0], sizes[sizes.length - 1]);
            results.get(0).forEach((name, small) -> print("%-34s ×%.2f", name,
                    results.get(results.size() - 1).get(name).p95Ms() / small.p95Ms()));
        }
    }

    private static Thread sampler(AtomicLong maxHeap, AtomicLong maxRss) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                maxHeap.accumulateAndGet(Machine.heapUsedMiB(), Math::max);
                maxRss.accumulateAndGet(Machine.rssMiB(), Math::max);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void print(String format, Object... args) {
        System.out.println(args.length == 0 ? format : format.formatted(args));
        System.out.flush();
    }
}
