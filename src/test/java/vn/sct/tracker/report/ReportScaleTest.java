package vn.sct.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sct.tracker.support.EngineClock.clock;
import static vn.sct.tracker.support.EngineClock.vn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.support.DirectiveRows;
import vn.sct.tracker.support.PostgresProcessTest;
import vn.sct.tracker.support.WebappSession;

/**
 * Lists and reports whose answers depend on more records than a page or a bind-parameter list holds, on a
 * PostgreSQL database of their own, over real HTTP: 70,000 directives done late in March 2031 (more than
 * the 65,535 parameters a statement may carry), and ten directives open past their deadline behind 6,000
 * newer ones in June 2033. Every answer is checked for being right, not only for arriving.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "test.database=scale")
class ReportScaleTest extends PostgresProcessTest {

    private static final int LATE_IN_MARCH = 70_000;
    private static final int NEWER = 6_000;

    @Autowired JdbcTemplate jdbc;
    @Autowired WorkingCalendar calendar;
    @Autowired TestRestTemplate http;
    @LocalServerPort int port;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> overdueIds = new ArrayList<>();

    @BeforeAll
    void seed() {
        DirectiveRows rows = new DirectiveRows(jdbc, calendar);
        // March 2031: every directive due on 14/03 (a Friday) and closed on 20/03, four working days late.
        for (int i = 0; i < LATE_IN_MARCH; i++) {
            String division = i % 2 == 0 ? "QLCN" : "QLTM";
            rows.add("NV-S1-%06d".formatted(i), division, null, division.toLowerCase() + ".cv1",
                    vn("2031-03-03T08:00").plusSeconds(i), LocalDate.of(2031, 3, 14), vn("2031-03-20T10:00"));
        }
        // June 2033: ten overdue since May (QLCN leads seven, KTAT three with QLCN coordinating), then 6,000
        // newer directives, all within their deadline.
        for (int i = 0; i < 10; i++) {
            String id = "NV-S2-%06d".formatted(i);
            overdueIds.add(id);
            rows.add(id, i < 7 ? "QLCN" : "KTAT", i < 7 ? null : "QLTM,QLCN", null,
                    vn("2033-05-02T08:00").plusSeconds(60L * i), LocalDate.of(2033, 5, 20), null);
        }
        for (int i = 0; i < NEWER; i++) {
            rows.add("NV-S3-%06d".formatted(i), i % 3 == 0 ? "QLCN" : "TTKC", null, null,
                    vn("2033-05-25T08:00").plusSeconds(i), LocalDate.of(2033, 7, 31), null);
        }
        rows.write();
    }

    @Test
    void aReportWithMoreLateDirectivesThanAStatementHasParameters_isCountedAndPaged() throws Exception {
        clock("2031-04-10T09:00");
        JsonNode report = json.readTree(get("vp.cv1", "/api/reports?from=2031-03-01&to=2031-03-31").getBody());
        assertThat(report.get("total").get("received").asInt()).isEqualTo(LATE_IN_MARCH);
        assertThat(report.get("total").get("doneLate").asInt()).isEqualTo(LATE_IN_MARCH);
        assertThat(report.get("total").get("onTimeRate").decimalValue()).isZero();
        assertThat(report.get("accountabilityCount").asInt()).isEqualTo(LATE_IN_MARCH);
        JsonNode first = report.get("accountability");
        assertThat(first).hasSize(500);
        assertThat(first.get(0).get("divisionCode").asText()).as("the organisation's order: QLCN before QLTM")
                .isEqualTo("QLCN");
        assertThat(first.get(0).get("workingDaysLate").asInt()).as("17, 18, 19, 20 March").isEqualTo(4);
        assertThat(first.get(0).get("directiveId").asText()).isEqualTo("NV-S1-000000");

        JsonNode last = json.readTree(get("vp.cv1",
                "/api/reports?from=2031-03-01&to=2031-03-31&lateOffset=69990&lateLimit=100").getBody());
        assertThat(last.get("accountability")).hasSize(10);
        assertThat(last.get("accountability").get(9).get("directiveId").asText()).isEqualTo("NV-S1-069999");

        JsonNode division = json.readTree(get("qltm.cv1", "/api/reports?from=2031-03-01&to=2031-03-31").getBody());
        assertThat(division.get("divisions")).singleElement()
                .satisfies(d -> assertThat(d.get("doneLate").asInt()).isEqualTo(LATE_IN_MARCH / 2));

        ResponseEntity<byte[]> xlsx = http.withBasicAuth("vp.cv1", PASSWORD)
                .getForEntity("/api/reports/export?from=2031-03-01&to=2031-03-31&format=xlsx", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.getBody()))) {
            var sheet = book.getSheet(vn.sct.tracker.report.export.XlsxReportWriter.ACCOUNTABILITY_SHEET);
            assertThat(sheet.getLastRowNum()).as("header rows and every late directive")
                    .isEqualTo(5 + LATE_IN_MARCH);
        }

        var cockpit = WebappSession.login(port, "vp.cv1", PASSWORD, "cockpit")
                .get("/camunda/api/cockpit/plugin/directive-dashboard/default/dashboard?period=previous-month");
        assertThat(cockpit.statusCode()).as(cockpit.body()).isEqualTo(200);
        JsonNode dashboard = json.readTree(cockpit.body());
        assertThat(dashboard.get("total").get("doneLate").asInt()).isEqualTo(LATE_IN_MARCH);
        assertThat(dashboard.get("overdueCount").asInt()).isZero();
    }

    @Test
    void theOverdueList_findsOldOverdueDirectivesBehindThousandsOfNewerOnes_forWhoMayReadThem() throws Exception {
        clock("2033-06-10T09:00");
        assertThat(ids(get("vp.cv1", "/api/directives?reportState=OPEN_OVERDUE&limit=500")))
                .as("the Office reads all, newest first").isEqualTo(newestFirst(overdueIds));
        assertThat(ids(get("qlcn.cv1", "/api/directives?reportState=OPEN_OVERDUE&limit=500")))
                .as("QLCN leads seven and coordinates three").isEqualTo(newestFirst(overdueIds));
        assertThat(ids(get("ktat.cv1", "/api/directives?reportState=OPEN_OVERDUE")))
                .isEqualTo(newestFirst(overdueIds.subList(7, 10)));
        assertThat(ids(get("qltm.cv1", "/api/directives?reportState=OPEN_OVERDUE")))
                .as("QLTM coordinates the three of KTAT").isEqualTo(newestFirst(overdueIds.subList(7, 10)));
        assertThat(ids(get("ttra.cv1", "/api/directives?reportState=OPEN_OVERDUE"))).isEmpty();

        // Page by page (five at a time, following the Link header), every open directive of QLCN exactly once.
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String next = "/api/directives?division=QLCN&reportState=OPEN_WITHIN_DEADLINE&limit=500";
        int pages = 0;
        while (next != null) {
            ResponseEntity<String> page = get("vp.cv1", next);
            for (String id : ids(page)) {
                assertThat(seen.add(id)).as("%s listed twice", id).isTrue();
                order.add(id);
            }
            String link = page.getHeaders().getFirst(HttpHeaders.LINK);
            next = link == null ? null : link.substring(link.indexOf("/api/"), link.indexOf('>'));
            pages++;
        }
        assertThat(seen).hasSize(NEWER / 3);
        assertThat(pages).isEqualTo(5);
        assertThat(order.get(0)).isEqualTo("NV-S3-%06d".formatted(NEWER - 3));
        assertThat(get("vp.cv1", "/api/directives?before=NV-KHONG-CO").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        JsonNode workload = json.readTree(get("vp.cv1", "/api/reports/workload?division=QLCN").getBody());
        assertThat(workload.get(0).get("open").asInt()).isEqualTo(7 + NEWER / 3);
        assertThat(workload.get(0).get("overdue").asInt()).isEqualTo(7);
    }

    private ResponseEntity<String> get(String user, String path) {
        ResponseEntity<String> answer = http.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
        if (!path.contains("before=NV-KHONG-CO")) {
            assertThat(answer.getStatusCode()).as("%s %s: %s", user, path, answer.getBody()).isEqualTo(HttpStatus.OK);
        }
        return answer;
    }

    private List<String> ids(ResponseEntity<String> answer) throws Exception {
        List<String> ids = new ArrayList<>();
        json.readTree(answer.getBody()).forEach(d -> ids.add(d.get("id").asText()));
        return ids;
    }

    private static List<String> newestFirst(List<String> ids) {
        List<String> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        return reversed;
    }
}
