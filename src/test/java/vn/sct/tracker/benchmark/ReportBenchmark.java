package vn.sct.tracker.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sct.tracker.DirectiveTrackerApplication;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.report.DirectiveReport;
import vn.sct.tracker.report.ReportLetterhead;
import vn.sct.tracker.report.ReportPeriod;
import vn.sct.tracker.report.ReportService;
import vn.sct.tracker.report.export.DocxReportWriter;
import vn.sct.tracker.report.export.XlsxReportWriter;

/**
 * How long the Office waits for its figures, and the memory it costs, with a Department's years of
 * directives: starts the whole application on an embedded PostgreSQL, writes N directives (default
 * 50,000 over 5 years: 85% closed, a fifth of those late, 5% extended) with their deadline rows, then
 * times the monthly and yearly report, the workload and both exports, and prints the figures with the
 * machine they came from. Run: {@code ./mvnw -Pbenchmark verify} (N with {@code -Dbenchmark.directives=...}).
 */
public final class ReportBenchmark {

    private static final String[] DIVISIONS = {"VP", "TTRA", "KHTC", "QLCN", "QLTM", "QLNL", "KTAT", "TTKC"};

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("benchmark.directives", 50_000);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            ConfigurableApplicationContext context = SpringApplication.run(DirectiveTrackerApplication.class,
                    "--spring.profiles.active=demo,postgres", "--server.port=0",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn");
            try {
                run(context, n);
            } finally {
                context.close();
            }
        }
    }

    private static void run(ConfigurableApplicationContext context, int n) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long t0 = System.nanoTime();
        seed(jdbc, n);
        double seedSeconds = (System.nanoTime() - t0) / 1e9;
        ReportService reports = context.getBean(ReportService.class);
        LocalDate today = AppClock.today();
        ReportPeriod month = ReportPeriod.month(YearMonth.from(today).minusMonths(1));
        ReportPeriod year = new ReportPeriod(today.withDayOfYear(1).minusYears(1), today.withDayOfYear(1).minusDays(1));
        ReportPeriod all = new ReportPeriod(today.minusYears(5), today);

        System.out.println();
        System.out.println("=== Report benchmark ===");
        System.out.printf("machine: %s, %d cores, Java %s, %s %s, max heap %d MiB%n",
                cpu(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("data: %,d directives over 5 years written in %.1f s (embedded PostgreSQL)%n", n, seedSeconds);
        DirectiveReport monthly = time("report, last month, all divisions", () -> reports.report(month, null));
        DirectiveReport yearly = time("report, last year, all divisions", () -> reports.report(year, null));
        time("report, 5 years, all divisions", () -> reports.report(all, null));
        time("report, last year, one division", () -> reports.report(year, "QLCN"));
        time("workload now, all divisions and people", () -> reports.workload(null));
        ReportLetterhead head = new ReportLetterhead("UBND TỈNH", "SỞ CÔNG THƯƠNG", "", "", today, "GIÁM ĐỐC", "",
                List.of());
        byte[] xlsx = time("XLSX export of last year", () -> context.getBean(XlsxReportWriter.class).write(yearly, head));
        byte[] docx = time("DOCX export of last year", () -> context.getBean(DocxReportWriter.class).write(yearly, head));
        System.out.printf("sizes: month %,d directives / %,d late; year %,d / %,d late; XLSX %,d KiB; DOCX %,d KiB%n",
                monthly.total().total(), monthly.accountability().size(), yearly.total().total(),
                yearly.accountability().size(), xlsx.length >> 10, docx.length >> 10);
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("heap after GC: %,d MiB used of %,d MiB committed%n", heap.getUsed() >> 20,
                heap.getCommitted() >> 20);
        System.out.println("========================");
    }

    /** Best of 5 runs after 2 warm-ups, with the memory allocated by one run. */
    private static <T> T time(String what, Supplier<T> work) {
        for (int i = 0; i < 2; i++) {
            work.get();
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long allocated = 0;
        T result = null;
        for (int i = 0; i < 5; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            result = work.get();
            best = Math.min(best, System.nanoTime() - start);
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
        }
        System.out.printf("%-45s %8.1f ms  (allocates %,d MiB)%n", what, best / 1e6, allocated >> 20);
        return result;
    }

    private static void seed(JdbcTemplate jdbc, int n) {
        Random random = new Random(42);
        LocalDate today = AppClock.today();
        List<Object[]> directives = new ArrayList<>();
        List<Object[]> deadlines = new ArrayList<>();
        List<Object[]> extensions = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String id = "NV-B-%07d".formatted(i);
            LocalDate created = today.minusDays(random.nextInt(5 * 365));
            LocalDate deadline = created.plusDays(7 + random.nextInt(45));
            boolean closed = random.nextDouble() < 0.85 && deadline.minusDays(10).isBefore(today);
            boolean late = closed && random.nextDouble() < 0.2;
            LocalDate closedOn = !closed ? null : late ? deadline.plusDays(1 + random.nextInt(10))
                    : deadline.minusDays(random.nextInt(7));
            if (closedOn != null && closedOn.isAfter(today)) {
                closedOn = today;
            }
            String division = DIVISIONS[random.nextInt(DIVISIONS.length)];
            Timestamp createdAt = ts(created.atTime(9, 0));
            directives.add(new Object[] {id, "GIAM_DOC_SO", "1/CĐ", created, "Giám đốc Sở", "Nhiệm vụ " + i,
                    division, division.toLowerCase() + ".cv" + (1 + random.nextInt(2)), deadline,
                    closed ? "CLOSED" : "IN_PROGRESS", closedOn == null ? null : ts(closedOn.atTime(15, 0)),
                    createdAt, createdAt});
            deadlines.add(new Object[] {id, deadline, ts(deadline.plusDays(1).atStartOfDay()),
                    ts(deadline.minusDays(3).atTime(7, 30)), ts(today.atStartOfDay())});
            if (random.nextDouble() < 0.05) {
                extensions.add(new Object[] {"GH-B-%07d".formatted(i), id, division, "bench", createdAt,
                        "Chờ số liệu", deadline.minusDays(5), deadline, ts(created.plusDays(3).atTime(10, 0))});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO directive (id, source_type, source_doc_number, source_doc_date, source_issuer,
                  source_summary, lead_division, assignee, deadline, status, closed_at, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", directives);
        jdbc.batchUpdate("""
                INSERT INTO directive_deadline (directive_id, effective_deadline, overdue_at, reminder_at, reminder_days,
                  chase_every_days, director_after_days, chase_count, review_escalations, updated_at)
                VALUES (?, ?, ?, ?, 2, 3, 5, 0, 0, ?)""", deadlines);
        jdbc.batchUpdate("""
                INSERT INTO directive_extension (id, directive_id, lead_division, requested_by, requested_at, reason,
                  current_deadline, proposed_deadline, status, closed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'GRANTED', ?)""", extensions);
    }

    private static Timestamp ts(java.time.LocalDateTime t) {
        return Timestamp.from(t.atZone(AppClock.ZONE).toInstant());
    }

    private static String cpu() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 2))
                    .orElse(System.getProperty("os.arch"));
        } catch (java.io.IOException e) {
            return System.getProperty("os.arch");
        }
    }
}
