package vn.sct.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sct.tracker.support.EngineClock.clock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sct.tracker.deadline.ReportState;
import vn.sct.tracker.support.PostgresProcessTest;

/**
 * October 2029 of a Department, made through the diagrams on a database of its own, and every figure of
 * its report and accountability list checked. The month: 2 directives carried over from September (one
 * still open past its deadline, one closed in time), 9 received across three divisions and one not yet
 * assigned; one done late, one due on a Saturday and done on the Monday, one extended within the month,
 * one extended only after it, one closed only after it, one due soon.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.springframework.test.context.TestPropertySource(properties = "test.database=reports")
class ReportFiguresTest extends PostgresProcessTest {

    @Autowired ReportScenario scenario;
    @Autowired ReportService reports;
    private final Map<String, String> ids = new java.util.HashMap<>();

    @BeforeEach
    void october2029() {
        if (!ids.isEmpty()) {
            clock("2029-11-10T09:00");
            return;
        }
        // Before the month.
        ProcessInstance a0 = scenario.assigned("2029-08-01T09:00", "QLCN", "2029-08-31", "A0 xong trước kỳ");
        scenario.close(a0, "QLCN", "2029-09-20T10:00");
        ProcessInstance a1 = scenario.assigned("2029-09-10T09:00", "QLCN", "2029-09-28", "A1 quá hạn từ tháng 9");
        ProcessInstance a2 = scenario.assigned("2029-09-12T09:00", "QLTM", "2029-10-15", "A2 xong đúng hạn trong kỳ");
        scenario.close(a2, "QLTM", "2029-10-10T15:00");
        // Received in October.
        ProcessInstance b1 = scenario.assigned("2029-10-01T09:00", "QLCN", "2029-10-12", "B1 xong chậm");
        ProcessInstance b2 = scenario.assigned("2029-10-02T09:00", "QLCN", "2029-10-20", "B2 hạn thứ Bảy");
        ProcessInstance b3 = scenario.assigned("2029-10-03T09:00", "QLCN", "2029-11-15", "B3 trong hạn");
        ProcessInstance b4 = scenario.assigned("2029-10-05T09:00", "QLTM", "2029-10-19", "B4 được gia hạn");
        ProcessInstance b5 = scenario.assigned("2029-10-08T09:00", "QLTM", "2029-10-26", "B5 quá hạn");
        ProcessInstance b6 = scenario.assigned("2029-10-09T09:00", "KTAT", "2029-11-02", "B6 sắp đến hạn");
        ProcessInstance b9 = scenario.assigned("2029-10-10T09:00", "KTAT", "2029-10-29", "B9 gia hạn sau kỳ");
        scenario.close(b1, "QLCN", "2029-10-16T10:00");
        scenario.extend(b4, "QLTM", "2029-10-12T09:00", "2029-11-09", "Chờ ý kiến của Bộ Công Thương",
                "2029-10-15T16:00");
        ProcessInstance b8 = scenario.assigned("2029-10-20T09:00", "QLCN", "2029-10-25", "B8 xong sau kỳ");
        scenario.close(b2, "QLCN", "2029-10-22T11:00");
        ProcessInstance b7 = scenario.register("2029-10-30T09:00", "2029-11-20", "B7 chờ giao");
        // After the month.
        scenario.close(b8, "QLCN", "2029-11-05T10:00");
        scenario.extend(b9, "KTAT", "2029-11-05T09:00", "2029-11-30", "Doanh nghiệp chưa cung cấp hồ sơ",
                "2029-11-06T09:00");
        for (ProcessInstance pi : List.of(a0, a1, a2, b1, b2, b3, b4, b5, b6, b7, b8, b9)) {
            ids.put(pi.getBusinessKey(), pi.getBusinessKey());
        }
        ids.put("A1", a1.getBusinessKey());
        ids.put("B1", b1.getBusinessKey());
        ids.put("B5", b5.getBusinessKey());
        ids.put("B8", b8.getBusinessKey());
        ids.put("B9", b9.getBusinessKey());
        clock("2029-11-10T09:00");
    }

    @Test
    void everyFigureOfTheMonth() {
        DirectiveReport report = reports.report(ReportPeriod.month(YearMonth.of(2029, 10)), null);
        assertThat(report.asOf().toInstant()).isEqualTo(vn.sct.tracker.support.EngineClock.vn("2029-11-01T00:00"));
        assertThat(report.period().label()).isEqualTo("tháng 10/2029");
        Map<String, DivisionFigures> rows = report.divisions().stream()
                .collect(Collectors.toMap(DivisionFigures::divisionCode, f -> f));
        assertThat(report.divisions()).extracting(DivisionFigures::divisionCode)
                .containsExactly("VP", "TTRA", "KHTC", "QLCN", "QLTM", "QLNL", "KTAT", "TTKC", ReportService.UNASSIGNED);

        // carried, received, total, on time, late, within, overdue, due soon, extended, extensions, rate
        assertRow(rows.get("QLCN"), 1, 4, 5, 1, 1, 1, 2, 0, 0, 0, "25.00");
        assertRow(rows.get("QLTM"), 1, 2, 3, 1, 0, 1, 1, 0, 1, 1, "50.00");
        assertRow(rows.get("KTAT"), 0, 2, 2, 0, 0, 1, 1, 1, 0, 0, "0.00");
        assertRow(rows.get(ReportService.UNASSIGNED), 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, null);
        assertRow(rows.get("VP"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
        assertRow(report.total(), 2, 9, 11, 2, 1, 4, 4, 1, 1, 1, "28.57");
        assertThat(report.total().divisionName()).isEqualTo("Tổng cộng");
        assertThat(report.total().meetsTarget()).isFalse();
        assertThat(rows.get("VP").meetsTarget()).as("nothing fell due").isTrue();
    }

    @Test
    void theAccountabilityList() {
        DirectiveReport report = reports.report(ReportPeriod.month(YearMonth.of(2029, 10)), null);
        assertThat(report.accountability()).extracting(AccountabilityItem::directiveId)
                .containsExactly(ids.get("A1"), ids.get("B8"), ids.get("B1"), ids.get("B5"), ids.get("B9"));
        AccountabilityItem a1 = report.accountability().get(0);
        assertThat(a1.divisionName()).isEqualTo("Phòng Quản lý Công nghiệp");
        assertThat(a1.responsible()).isEqualTo("qlcn.cv1");
        assertThat(a1.responsibleName()).isEqualTo("Hồ Thị Thu");
        assertThat(a1.deadline()).isEqualTo(LocalDate.parse("2029-09-28"));
        assertThat(a1.state()).isEqualTo(ReportState.OPEN_OVERDUE);
        assertThat(a1.workingDaysLate()).as("every working day of October").isEqualTo(23);
        assertThat(a1.summary()).isEqualTo("A1 quá hạn từ tháng 9");
        assertThat(a1.processInstanceId()).isNotBlank();

        AccountabilityItem b8 = report.accountability().get(1);
        assertThat(b8.state()).as("closed only in November: open at the end of October").isEqualTo(ReportState.OPEN_OVERDUE);
        assertThat(b8.workingDaysLate()).as("26, 29, 30, 31 October").isEqualTo(4);
        AccountabilityItem b1 = report.accountability().get(2);
        assertThat(b1.state()).isEqualTo(ReportState.DONE_LATE);
        assertThat(b1.workingDaysLate()).as("closed Tuesday 16 for Friday 12").isEqualTo(2);
        assertThat(report.accountability().get(3).workingDaysLate()).as("B5: 29, 30, 31 October").isEqualTo(3);
        AccountabilityItem b9 = report.accountability().get(4);
        assertThat(b9.deadline()).as("the deadline in force in October, not the one granted in November")
                .isEqualTo(LocalDate.parse("2029-10-29"));
        assertThat(b9.workingDaysLate()).isEqualTo(2);
        assertThat(b9.reason()).isEqualTo("Xin gia hạn: Doanh nghiệp chưa cung cấp hồ sơ");
        assertThat(b9.divisionCode()).isEqualTo("KTAT");
    }

    @Test
    void oneDivisionOnly_andNovemberSoFar() {
        DirectiveReport qltm = reports.report(ReportPeriod.month(YearMonth.of(2029, 10)), "QLTM");
        assertThat(qltm.divisions()).singleElement().satisfies(f -> assertThat(f.divisionCode()).isEqualTo("QLTM"));
        assertRow(qltm.total(), 1, 2, 3, 1, 0, 1, 1, 0, 1, 1, "50.00");
        assertThat(qltm.accountability()).extracting(AccountabilityItem::directiveId).containsExactly(ids.get("B5"));

        // November up to the 10th: B8 closed late, B9 extended on the 6th and within its new deadline.
        DirectiveReport november = reports.report(ReportPeriod.month(YearMonth.of(2029, 11)), null);
        assertThat(november.asOf().toInstant()).isEqualTo(vn.sct.tracker.support.EngineClock.vn("2029-11-10T09:00"));
        Map<String, DivisionFigures> rows = november.divisions().stream()
                .collect(Collectors.toMap(DivisionFigures::divisionCode, f -> f));
        assertRow(rows.get("QLCN"), 3, 0, 3, 0, 1, 1, 1, 0, 0, 0, "0.00");
        assertRow(rows.get("KTAT"), 2, 0, 2, 0, 0, 1, 1, 0, 1, 1, "0.00");
        // B4's extended deadline (Friday 9/11) has passed too by Saturday the 10th.
        assertRow(rows.get("QLTM"), 2, 0, 2, 0, 0, 0, 2, 0, 0, 0, "0.00");
    }

    @Test
    void theWorkloadNow() {
        List<WorkloadRow> rows = reports.workload(null);
        WorkloadRow qlcn = rows.stream().filter(r -> "QLCN".equals(r.divisionCode()) && r.userId() == null)
                .findFirst().orElseThrow();
        assertThat(qlcn.open()).isEqualTo(2);
        assertThat(qlcn.overdue()).isEqualTo(1);
        assertThat(rows).filteredOn(r -> "qlcn.cv1".equals(r.userId())).singleElement()
                .satisfies(r -> {
                    assertThat(r.userName()).isEqualTo("Hồ Thị Thu");
                    assertThat(r.open()).isEqualTo(2);
                });
        assertThat(rows).filteredOn(r -> "KTAT".equals(r.divisionCode()) && r.userId() == null).singleElement()
                .satisfies(r -> assertThat(r.open()).isEqualTo(2));
    }

    @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<Map<String, Object>> MAP = (Class) Map.class;

    @Test
    void throughTheApi_theOfficeReadsAll_aDivisionItsOwn_exportsOpen() throws Exception {
        String october = "/api/reports?from=2029-10-01&to=2029-10-31";
        var office = http.withBasicAuth("vp.cv1", PASSWORD).getForEntity(october, MAP);
        assertThat(office.getStatusCode().value()).isEqualTo(200);
        assertThat((Map<String, Object>) office.getBody().get("total")).containsEntry("openOverdue", 4).containsEntry("onTimeRate", 28.57);
        assertThat((List<?>) office.getBody().get("accountability")).hasSize(5);

        var own = http.withBasicAuth("qltm.cv1", PASSWORD).getForEntity(october, MAP);
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat((List<?>) own.getBody().get("divisions")).singleElement()
                .satisfies(d -> assertThat((Map<String, Object>) d).containsEntry("divisionCode", "QLTM"));
        var other = http.withBasicAuth("qltm.cv1", PASSWORD).getForEntity(october + "&division=QLCN", MAP);
        assertThat(other.getStatusCode().value()).isEqualTo(403);
        assertThat(other.getBody()).containsEntry("message", "Bạn không có quyền thực hiện thao tác này");
        assertThat(http.withBasicAuth("vp.cv1", PASSWORD).getForEntity("/api/reports?from=01/10/2029&to=31/10/2029",
                MAP).getBody().get("total")).isEqualTo(office.getBody().get("total"));
        var bad = http.withBasicAuth("vp.cv1", PASSWORD).getForEntity("/api/reports?from=2029-10-01T00:00", MAP);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).containsEntry("field", "from");
        assertThat(http.getForEntity(october, String.class).getStatusCode().value()).isEqualTo(401);

        var xlsx = http.withBasicAuth("vp.cv1", PASSWORD).getForEntity(
                "/api/reports/export?from=2029-10-01&to=2029-10-31&format=xlsx", byte[].class);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("bao-cao-2029-10-01-2029-10-31.xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.getBody()))) {
            var sheet = book.getSheet("Tổng hợp");
            boolean found = false;
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().equals("Phòng Quản lý Công nghiệp")) {
                        // STT, name, carried, received, total, on time, late, within, overdue
                        assertThat(row.getCell(cell.getColumnIndex() + 3).getNumericCellValue()).isEqualTo(5);
                        assertThat(row.getCell(cell.getColumnIndex() + 7).getNumericCellValue()).isEqualTo(2);
                        found = true;
                    }
                }
            }
            assertThat(found).as("QLCN row in the sheet").isTrue();
        }
        var docx = http.withBasicAuth("vp.cv1", PASSWORD).getForEntity(
                "/api/reports/export?from=2029-10-01&to=2029-10-31&format=docx", byte[].class);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.getBody()));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("tháng 10/2029")
                    .contains(ids.get("A1")).contains("UBND TỈNH HÀ TĨNH");
        }
        assertThat(http.withBasicAuth("vp.cv1", PASSWORD).getForEntity(
                "/api/reports/export?format=pdf", MAP).getBody()).containsEntry("field", "format");

        var workload = http.withBasicAuth("qlcn.tp", PASSWORD).getForEntity("/api/reports/workload", List.class);
        assertThat(workload.getBody()).allSatisfy(r -> assertThat((Map<String, Object>) r).containsEntry("divisionCode", "QLCN"));
    }

    private static void assertRow(DivisionFigures f, int carried, int received, int total, int onTime, int late,
                                  int within, int overdue, int dueSoon, int extended, int extensions, String rate) {
        assertThat(List.of(f.carriedOver(), f.received(), f.total(), f.doneOnTime(), f.doneLate(),
                f.openWithinDeadline(), f.openOverdue(), f.dueSoon(), f.extendedDirectives(), f.extensionsGranted()))
                .as(f.divisionName()).containsExactly(carried, received, total, onTime, late, within, overdue, dueSoon,
                        extended, extensions);
        assertThat(f.onTimeRate()).as(f.divisionName() + " rate").isEqualTo(rate == null ? null : new BigDecimal(rate));
    }
}
