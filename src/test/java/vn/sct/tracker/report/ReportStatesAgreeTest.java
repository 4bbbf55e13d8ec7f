package vn.sct.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sct.tracker.support.EngineClock.clock;
import static vn.sct.tracker.support.EngineClock.vn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.deadline.DeadlineState;
import vn.sct.tracker.deadline.ReportState;
import vn.sct.tracker.deadline.ReportStates;
import vn.sct.tracker.support.DirectiveRows;
import vn.sct.tracker.support.PostgresProcessTest;

/**
 * The database and the Java classifier agree: 3,000 random directives around Tết 2030 (deadlines on
 * working days, weekends and the holiday, closed just before, at and after their overdue moment, or still
 * open), each classified by {@link ReportStates} one by one, against what the SQL of the reports and of the
 * directive list answers for the same moments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "test.database=oracle")
class ReportStatesAgreeTest extends PostgresProcessTest {

    private static final String[] DIVISIONS = {"QLCN", "QLTM", "KTAT", "VP", null};

    @Autowired JdbcTemplate jdbc;
    @Autowired WorkingCalendar calendar;
    @Autowired ReportStates states;
    @Autowired ReportService reports;
    @Autowired TestRestTemplate http;

    /** One generated directive as the oracle sees it. */
    private record Row(String id, String division, Instant createdAt, LocalDate deadline, Instant closedAt) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void seed() {
        Random random = new Random(2030);
        DirectiveRows writer = new DirectiveRows(jdbc, calendar);
        Instant from = vn("2029-12-01T08:00");
        for (int i = 0; i < 3_000; i++) {
            String division = DIVISIONS[random.nextInt(DIVISIONS.length)];
            Instant created = from.plus(Duration.ofMinutes(random.nextInt(120 * 24 * 60)));
            LocalDate deadline = vn.sct.tracker.common.AppClock.day(created).plusDays(1 + random.nextInt(45));
            Instant overdueAt = states.overdueAt(states.effectiveDeadline(deadline));
            Instant closed = switch (random.nextInt(5)) {
                case 0 -> null;
                case 1 -> overdueAt.minusSeconds(1 + random.nextInt(3_600));
                case 2 -> overdueAt;
                case 3 -> overdueAt.plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
                default -> overdueAt.minus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
            };
            if (closed != null && closed.isBefore(created)) {
                closed = created.plusSeconds(60);
            }
            Row row = new Row("NV-O-%05d".formatted(i), division, created, deadline, closed);
            rows.add(row);
            writer.add(row.id(), division, null, division == null ? null : division.toLowerCase() + ".cv1", created,
                    deadline, closed);
        }
        writer.write();
    }

    @Test
    void everyPeriodsFiguresAreTheSumOfEachDirectivesState() {
        clock("2030-04-15T09:00");
        for (ReportPeriod period : List.of(ReportPeriod.month(java.time.YearMonth.of(2030, 1)),
                ReportPeriod.month(java.time.YearMonth.of(2030, 2)),
                new ReportPeriod(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 3, 31)),
                new ReportPeriod(LocalDate.of(2030, 4, 1), LocalDate.of(2030, 4, 30)))) {
            Instant start = period.from().atStartOfDay(vn.sct.tracker.common.AppClock.ZONE).toInstant();
            Instant end = period.to().plusDays(1).atStartOfDay(vn.sct.tracker.common.AppClock.ZONE).toInstant();
            Instant asOf = end.isAfter(vn("2030-04-15T09:00")) ? vn("2030-04-15T09:00") : end;
            Map<String, int[]> expected = new TreeMap<>();
            Map<String, Integer> daysLate = new HashMap<>();
            for (Row r : rows) {
                boolean alive = r.createdAt().isBefore(asOf)
                        && (r.closedAt() == null || !r.closedAt().isBefore(start));
                if (!alive) {
                    continue;
                }
                DeadlineState s = states.classify(states.effectiveDeadline(r.deadline()),
                        states.overdueAt(states.effectiveDeadline(r.deadline())), r.closedAt(), null, asOf);
                expected.computeIfAbsent(r.division() == null ? "-" : r.division(), k -> new int[4])
                        [s.reportState().ordinal()]++;
                if (s.reportState() == ReportState.DONE_LATE || s.reportState() == ReportState.OPEN_OVERDUE) {
                    daysLate.put(r.id(), s.workingDaysLate());
                }
            }
            DirectiveReport report = reports.report(period, null);
            Map<String, List<Integer>> actual = new TreeMap<>();
            for (DivisionFigures f : report.divisions()) {
                if (f.total() > 0) {
                    actual.put(f.divisionCode().equals(ReportService.UNASSIGNED) ? "-" : f.divisionCode(),
                            List.of(f.doneOnTime(), f.doneLate(), f.openWithinDeadline(), f.openOverdue()));
                }
            }
            Map<String, List<Integer>> wanted = new TreeMap<>();
            expected.forEach((division, counts) -> wanted.put(division, java.util.Arrays.stream(counts).boxed().toList()));
            assertThat(actual).as("figures of %s", period).isEqualTo(wanted);
            Map<String, Integer> listed = new HashMap<>();
            report.accountability().forEach(item -> listed.put(item.directiveId(), item.workingDaysLate()));
            assertThat(listed).as("accountability list of %s, with working days late", period).isEqualTo(daysLate);
        }
    }

    @Test
    void theListOfOverdueDirectivesIsExactlyTheOpenOnesPastTheirMoment() throws Exception {
        clock("2030-02-20T16:00");
        Instant now = vn("2030-02-20T16:00");
        Set<String> expected = new HashSet<>();
        for (Row r : rows) {
            if (r.createdAt().isBefore(now) && states.classify(states.effectiveDeadline(r.deadline()),
                    states.overdueAt(states.effectiveDeadline(r.deadline())), r.closedAt(), null, now)
                    .reportState() == ReportState.OPEN_OVERDUE) {
                expected.add(r.id());
            }
        }
        Set<String> listed = new HashSet<>();
        String next = "/api/directives?reportState=OPEN_OVERDUE&limit=500";
        while (next != null) {
            ResponseEntity<String> page = http.withBasicAuth("vp.cv1", PASSWORD).getForEntity(next, String.class);
            assertThat(page.getStatusCode().value()).isEqualTo(200);
            for (JsonNode d : json.readTree(page.getBody())) {
                listed.add(d.get("id").asText());
            }
            String link = page.getHeaders().getFirst(HttpHeaders.LINK);
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'))
                    .replaceFirst("^https?://[^/]+", "");
        }
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(listed).isEqualTo(expected);
    }
}
