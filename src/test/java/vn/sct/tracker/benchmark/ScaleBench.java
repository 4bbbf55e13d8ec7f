package vn.sct.tracker.benchmark;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.support.WebappSession;

/**
 * The Office's reads over ten years of a province's directives: records written straight into the
 * product's tables (85% of those past their deadline closed, 15% of those late, 30% with coordinating
 * divisions, 5% extended), then every report, list and the dashboard timed over HTTP.
 */
final class ScaleBench {

    private static final String OFFICE = "vp.cv1";

    /** Writes directives number {@code from + 1} to {@code from + n}, spread over the ten years before today. */
    private static final String SEED = """
            CREATE TEMP TABLE g AS
            SELECT g AS n,
                   (ARRAY['VP','TTRA','KHTC','QLCN','QLTM','QLNL','KTAT','TTKC'])[1 + floor(random()*8)::int] AS division,
                   now() - (random() * interval '3650 days') AS created,
                   7 + floor(random()*54)::int AS days, random() AS u, random() AS v, random() AS w
            FROM generate_series(%1$d + 1, %1$d + %2$d) g;
            INSERT INTO directive (id, source_type, source_doc_number, source_doc_date, source_issuer, source_summary,
              lead_division, coordinating_divisions, assignee, deadline, status, closed_at, created_at, updated_at, version)
            SELECT 'NV-B-' || lpad(n::text, 7, '0'), 'GIAM_DOC_SO', n || '/CĐ', created::date, 'Giám đốc Sở',
                   'Nhiệm vụ số ' || n, division,
                   CASE WHEN w < 0.3 THEN (ARRAY['QLCN','QLTM','KTAT'])[1 + floor(w * 10)::int %% 3] END,
                   lower(division) || '.cv' || (1 + floor(v*2)::int), (created + days * interval '1 day')::date,
                   CASE WHEN closed IS NULL THEN 'IN_PROGRESS' ELSE 'CLOSED' END, closed, created, created, 0
            FROM (SELECT *, CASE
                 WHEN created + days * interval '1 day' < now() THEN
                    CASE WHEN u < 0.85 THEN
                           CASE WHEN v < 0.85 THEN created + (random() * days) * interval '1 day'
                                ELSE LEAST(now(), created + (days + 1 + random()*20) * interval '1 day') END
                         ELSE NULL END
                 ELSE CASE WHEN u < 0.3 THEN LEAST(now(), created + random() * days * interval '1 day') END
              END AS closed FROM g) x;
            INSERT INTO directive_deadline (directive_id, effective_deadline, overdue_at, reminder_at, reminder_days,
              chase_every_days, director_after_days, chase_count, review_escalations, updated_at)
            SELECT 'NV-B-' || lpad(n::text, 7, '0'), (created + days * interval '1 day')::date,
                   ((created + days * interval '1 day')::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
                   ((created + days * interval '1 day')::date - 2 + time '07:30') AT TIME ZONE 'Asia/Ho_Chi_Minh',
                   2, 3, 5, 0, 0, created
            FROM g;
            INSERT INTO directive_extension (id, directive_id, lead_division, requested_by, requested_at, reason,
              current_deadline, proposed_deadline, granted_deadline, status, closed_at)
            SELECT 'GH-B-' || lpad(n::text, 7, '0'), 'NV-B-' || lpad(n::text, 7, '0'), division, 'bench',
                   created + interval '2 days', 'Chờ số liệu của đơn vị khác', (created + (days - 5) * interval '1 day')::date,
                   (created + days * interval '1 day')::date, (created + days * interval '1 day')::date, 'GRANTED',
                   created + interval '3 days'
            FROM g WHERE w > 0.95;
            DROP TABLE g;
            ANALYZE directive; ANALYZE directive_deadline; ANALYZE directive_extension;
            """;

    private final JdbcTemplate jdbc;
    private final Http http;
    private final int port;
    private final String password;
    private int written;

    ScaleBench(JdbcTemplate jdbc, Http http, int port, String password) {
        this.jdbc = jdbc;
        this.http = http;
        this.port = port;
        this.password = password;
    }

    /** Adds directives until there are {@code total} generated ones; seconds taken. */
    double growTo(int total) {
        long t0 = System.nanoTime();
        for (int from = written; from < total; from += 100_000) {
            int n = Math.min(100_000, total - from);
            for (String statement : SEED.formatted(from, n).split(";\\s*\n")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
        }
        written = total;
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Every read of the Office at the current size: name → latencies. */
    Map<String, Latencies> measure(int runs) throws Exception {
        LocalDate today = AppClock.today();
        YearMonth month = YearMonth.from(today).minusMonths(1);
        int year = today.getYear() - 1;
        String monthQuery = "from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
        String yearQuery = "from=" + year + "-01-01&to=" + year + "-12-31";
        WebappSession cockpit = WebappSession.login(port, OFFICE, password, "cockpit");
        Map<String, Latencies> figures = new LinkedHashMap<>();
        time(figures, "report, last month", runs, () -> http.getBytes(OFFICE, "/api/reports?" + monthQuery));
        time(figures, "report, last year", runs, () -> http.getBytes(OFFICE, "/api/reports?" + yearQuery));
        time(figures, "report, last year, one division", runs,
                () -> http.getBytes(OFFICE, "/api/reports?" + yearQuery + "&division=QLCN"));
        time(figures, "workload now", runs, () -> http.getBytes(OFFICE, "/api/reports/workload"));
        time(figures, "Cockpit dashboard, this month", runs, () -> {
            try {
                return (long) cockpit.get("/camunda/api/cockpit/plugin/directive-dashboard/default/dashboard")
                        .body().length();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        time(figures, "overdue list, first page", runs,
                () -> http.getBytes(OFFICE, "/api/directives?reportState=OPEN_OVERDUE"));
        time(figures, "division's list, first page", runs,
                () -> http.getBytes(OFFICE, "/api/directives?division=QLCN"));
        time(figures, "XLSX export, last month", Math.max(3, runs / 3),
                () -> http.getBytes(OFFICE, "/api/reports/export?format=xlsx&" + monthQuery));
        time(figures, "XLSX export, last year", Math.max(3, runs / 3),
                () -> http.getBytes(OFFICE, "/api/reports/export?format=xlsx&" + yearQuery));
        return figures;
    }

    long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private static void time(Map<String, Latencies> figures, String name, int runs, Supplier<Long> call) {
        call.get();
        call.get();
        Latencies latencies = new Latencies();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            latencies.add(System.nanoTime() - start);
        }
        figures.put(name, latencies);
    }
}
