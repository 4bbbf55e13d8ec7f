package vn.sct.tracker.process.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.sct.tracker.process.monthly.MonthlyReport.*;
import static vn.sct.tracker.support.EngineClock.clock;
import static vn.sct.tracker.support.EngineClock.refused;
import static vn.sct.tracker.support.EngineClock.vn;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sct.tracker.report.DirectiveReport;
import vn.sct.tracker.report.MonthlyReportRepository;
import vn.sct.tracker.report.MonthlyReportSchedule;
import vn.sct.tracker.report.MonthlyReports;
import vn.sct.tracker.report.ReportPeriod;
import vn.sct.tracker.report.ReportScenario;
import vn.sct.tracker.report.ReportService;
import vn.sct.tracker.support.EngineClock;
import vn.sct.tracker.support.LifecycleDriver;
import vn.sct.tracker.support.PostgresProcessTest;
import vn.sct.tracker.support.TestMail;

/**
 * monthly-report end to end as the demo people, on a database of its own: every path of the diagram
 * (all divisions in time and approved; a division late whose report the Office receives; a division that
 * never reports; the Director returning the compilation; a period opened twice; the monthly timer), the
 * division heads' figures and the rules of their explanations, and what is stored.
 */
@org.springframework.test.context.TestPropertySource(properties = "test.database=monthly")
class MonthlyReportProcessTest extends PostgresProcessTest {

    private static final Set<String> STARTED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final List<String> REPORTING = List.of("TTRA", "KHTC", "QLCN", "QLTM", "QLNL", "KTAT", "TTKC");

    @Autowired LifecycleDriver driver;
    @Autowired ReportScenario scenario;
    @Autowired MonthlyReports monthly;
    @Autowired MonthlyReportStarter starter;
    @Autowired MonthlyReportSchedule schedule;
    @Autowired MonthlyReportRepository repository;
    @Autowired ReportService reports;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;

    @AfterAll
    static void everyFlowNodeWasVisited(@Autowired HistoryService history, @Autowired RepositoryService repository) {
        vn.sct.tracker.support.FlowNodeCoverage.assertEveryFlowNodeVisited(history, repository, PROCESS_KEY, STARTED);
    }

    @Test
    void everyDivisionReportsInTime_theOfficeCompiles_theDirectorApproves() throws Exception {
        // An overdue directive of QLCN: its head must explain it.
        ProcessInstance late = scenario.assigned("2029-10-01T09:00", "QLCN", "2029-10-12", "Báo cáo tình hình cụm công nghiệp");
        clock("2029-10-22T07:30");
        TestMail.clear();
        ProcessInstance pi = open("2029-10");
        assertThat(pi.getBusinessKey()).isEqualTo("BC-2029-10");
        assertThat(pi).isWaitingAt(TASK_DIVISION_REPORT);
        var header = repository.find("BC-2029-10").orElseThrow();
        assertThat(header.status()).isEqualTo(vn.sct.tracker.report.MonthlyReportStatus.COLLECTING);
        assertThat(header.divisionDueAt()).as("3 working days: end of Thursday 25/10").isEqualTo(vn("2029-10-26T00:00"));

        List<Task> divisionTasks = tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_DIVISION_REPORT).list();
        assertThat(divisionTasks).hasSize(REPORTING.size());
        assertThat(divisionTasks).as("due within the last day, like every task")
                .allSatisfy(t -> assertThat(t.getDueDate().toInstant()).isEqualTo(vn("2029-10-25T23:59")));
        Task qlcn = headTask(pi, "qlcn.tp");
        assertThat(driver.as("qltm.tp", () -> tasks.createTaskQuery().taskId(qlcn.getId()).count()))
                .as("another division's head does not see it").isZero();
        assertThat(driver.as("qlcn.cv1", () -> tasks.createTaskQuery().taskId(qlcn.getId()).count()))
                .as("a specialist does not report for the division").isZero();
        String facts = (String) tasks.getVariableLocal(qlcn.getId(), "reportFacts");
        assertThat(facts).contains("tổng số 1 (kỳ trước chuyển sang 0, nhận trong kỳ 1)").contains("quá hạn 1")
                .contains("**Tỷ lệ đúng hạn:** 0,00%").contains("**Đơn vị:** Phòng Quản lý Công nghiệp")
                .contains("**Hạn gửi Văn phòng:** **hết ngày 25/10/2029**");
        assertThat((String) tasks.getVariableLocal(qlcn.getId(), "lateItems")).contains(late.getBusinessKey())
                .contains("Hồ Thị Thu").contains("12/10/2029");
        assertThat((String) tasks.getVariableLocal(qlcn.getId(), FIELD_EXPLANATIONS)).isEqualTo(late.getBusinessKey() + ": \n");
        assertThat(TestMail.received("[Báo cáo tháng] BC-2029-10")).isNotEmpty();

        filterSetup.refresh(); // the date filters follow the (moved) clock
        assertThat(filtered("qlcn.tp", vn.sct.tracker.setup.TasklistFilters.WAITING_FOR_MY_REVIEW))
                .contains(qlcn.getId());
        assertThat(filtered("qlcn.tp", vn.sct.tracker.setup.TasklistFilters.DUE_IN_3_WORKING_DAYS))
                .as("due on Thursday 25, within 3 working days of Monday 22").contains(qlcn.getId());
        Map<String, Object> form = divisionForm(true, late.getBusinessKey() + ": ");
        refused(() -> driver.submit("qlcn.tp", qlcn, divisionForm(false, late.getBusinessKey() + ": Chờ số liệu")))
                .hasMessageContaining("Xác nhận số liệu");
        refused(() -> driver.submit("qlcn.tp", qlcn, form)).hasMessageContaining("chưa nêu lý do cho " + late.getBusinessKey());
        refused(() -> driver.submit("qlcn.tp", qlcn, divisionForm(true, late.getBusinessKey()
                + ": Chờ số liệu\nNV-2029-99999: khác"))).hasMessageContaining("NV-2029-99999 không thuộc danh sách");
        driver.submit("qlcn.tp", qlcn, divisionForm(true, late.getBusinessKey()
                + ": Chờ số liệu của các huyện, hoàn thành trước 30/10"));
        for (String code : REPORTING) {
            if (!code.equals("QLCN")) {
                driver.submit(code.toLowerCase() + ".tp", headTask(pi, code.toLowerCase() + ".tp"), divisionForm(true, ""));
            }
        }
        assertThat(repository.divisions("BC-2029-10")).allSatisfy(p -> assertThat(p.status()).isEqualTo(vn.sct.tracker.report.DivisionReportStatus.CONFIRMED));
        var qlcnPart = repository.division("BC-2029-10", "QLCN").orElseThrow();
        assertThat(qlcnPart.confirmedBy()).isEqualTo("qlcn.tp");
        assertThat(qlcnPart.programmeTasks()).isEqualTo("Đề án phát triển cụm công nghiệp, trình tháng 12");
        assertThat(reports.report(ReportPeriod.month(YearMonth.of(2029, 10)), "QLCN").accountability())
                .singleElement().satisfies(i -> assertThat(i.reason())
                        .isEqualTo("Chờ số liệu của các huyện, hoàn thành trước 30/10"));

        assertThat(pi).isWaitingAt(TASK_COMPILE);
        Task compile = officeTask(pi, TASK_COMPILE);
        assertThat((String) tasks.getVariableLocal(compile.getId(), "divisionReports"))
                .contains("Phòng Quản lý Công nghiệp: đã gửi lúc").contains("Đề án phát triển cụm công nghiệp");
        refused(() -> driver.submit(LifecycleDriver.OFFICE, compile, Map.of(FIELD_OFFICE_SUMMARY, "",
                FIELD_DOCUMENT_NUMBER, ""))).hasMessageContaining("Đánh giá, đề xuất của Văn phòng");
        assertThat(filtered(LifecycleDriver.OFFICE, vn.sct.tracker.setup.TasklistFilters.DIVISION_TASKS
                + "Văn phòng Sở")).as("the Office's own work in its division filter").contains(compile.getId());
        compile(pi, "Các phòng cơ bản hoàn thành; Phòng Quản lý Công nghiệp còn 1 nhiệm vụ quá hạn.");
        assertThat(repository.find("BC-2029-10").orElseThrow().status()).isEqualTo(vn.sct.tracker.report.MonthlyReportStatus.AWAITING_APPROVAL);

        Task approval = driver.task(LifecycleDriver.DIRECTOR, pi, TASK_APPROVE);
        assertThat(filtered(LifecycleDriver.DIRECTOR, vn.sct.tracker.setup.TasklistFilters.WAITING_FOR_MY_REVIEW))
                .contains(approval.getId());
        assertThat(tasks.getVariableLocal(approval.getId(), FIELD_DOCUMENT_NUMBER)).isEqualTo("215/BC-SCT");
        approve(pi, DECISION_APPROVE, "");
        assertThat(pi).isEnded().hasPassed(TASK_STORE, END_APPROVED).hasNotPassed(TASK_ESCALATE_MISSING);
        var approved = repository.find("BC-2029-10").orElseThrow();
        assertThat(approved.status()).isEqualTo(vn.sct.tracker.report.MonthlyReportStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("giamdoc");
        assertThat(approved.compiledBy()).isEqualTo(LifecycleDriver.OFFICE);
        assertThat(approved.documentNumber()).isEqualTo("215/BC-SCT");
        DirectiveReport kept = monthly.snapshot(approved).orElseThrow();
        assertThat(kept.total().openOverdue()).isEqualTo(1);
        assertThat(kept.accountability()).singleElement().satisfies(i -> assertThat(i.directiveId())
                .isEqualTo(late.getBusinessKey()));

        // The approved report through the API, as the Director signed it off.
        var docx = http.withBasicAuth("vp.cv1", PASSWORD).getForEntity("/api/monthly-reports/BC-2029-10/export?format=docx",
                byte[].class);
        assertThat(docx.getHeaders().getContentDisposition().getFilename()).isEqualTo("BC-2029-10.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.getBody()));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("215/BC-SCT").contains("Trần Quốc Hùng").contains(late.getBusinessKey())
                    .contains("Chờ số liệu của các huyện")
                    .contains("III. ĐÁNH GIÁ CHUNG, ĐỀ XUẤT")
                    .contains("Các phòng cơ bản hoàn thành; Phòng Quản lý Công nghiệp còn 1 nhiệm vụ quá hạn.")
                    .contains("IV. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC PHÒNG, ĐƠN VỊ")
                    .contains("Phòng Quản lý Công nghiệp: gửi báo cáo đúng hạn")
                    .contains("V. NHIỆM VỤ ĐĂNG KÝ VÀO CHƯƠNG TRÌNH CÔNG TÁC CỦA UBND TỈNH")
                    .contains("Thanh tra Sở: Đề án phát triển cụm công nghiệp, trình tháng 12");
        }
        var xlsx = http.withBasicAuth("vp.cv1", PASSWORD).getForEntity("/api/monthly-reports/BC-2029-10/export?format=xlsx",
                byte[].class);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(book.getSheet("Nội dung báo cáo").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Đánh giá chung, đề xuất");
        }
        var view = http.withBasicAuth("giamdoc", PASSWORD).getForEntity("/api/monthly-reports/BC-2029-10", Map.class);
        assertThat(view.getBody()).containsEntry("status", "APPROVED").containsEntry("approvedBy", "giamdoc");
        assertThat((List<?>) view.getBody().get("divisions")).hasSize(REPORTING.size());
        assertThat(http.withBasicAuth("qlcn.cv1", PASSWORD).getForEntity("/api/monthly-reports/BC-2029-10", Map.class)
                .getStatusCode().value()).isEqualTo(403);

        // Closing the directive afterwards changes the live figures, never the approved report.
        scenario.close(late, "QLCN", "2029-10-24T10:00");
        clock("2029-10-24T10:05");
        assertThat(reports.report(ReportPeriod.month(YearMonth.of(2029, 10)), "QLCN").total().doneLate()).isEqualTo(1);
        assertThat(monthly.snapshot(repository.find("BC-2029-10").orElseThrow()).orElseThrow().total().openOverdue())
                .isEqualTo(1);
    }

    @Test
    void divisionsMissTheirDeadline_theOfficeChasesThem_theDirectorReturnsTheCompilationOnce() {
        clock("2029-12-20T07:30");
        ProcessInstance pi = open("2029-12");
        for (String code : REPORTING) {
            if (!code.equals("QLTM") && !code.equals("KTAT") && !code.equals("QLNL")) {
                driver.submit(code.toLowerCase() + ".tp", headTask(pi, code.toLowerCase() + ".tp"), divisionForm(true, ""));
            }
        }
        // A head who finds the figures wrong says so instead of confirming them.
        Map<String, Object> questioned = divisionForm(false, "");
        questioned.put(FIELD_FIGURES_NOTE, "Thiếu nhiệm vụ giao tại cuộc họp ngày 18/12");
        driver.submit("qlnl.tp", headTask(pi, "qlnl.tp"), questioned);
        var qlnl = repository.division("BC-2029-12", "QLNL").orElseThrow();
        assertThat(qlnl.figuresNote()).isEqualTo("Thiếu nhiệm vụ giao tại cuộc họp ngày 18/12");
        assertThat(qlnl.status()).as("sent, but the figures not confirmed").isEqualTo(vn.sct.tracker.report.DivisionReportStatus.QUESTIONED);
        Job due = management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(EVENT_DIVISION_DUE)
                .list().get(0);
        assertThat(due.getDuedate().toInstant()).as("3 working days: end of Tuesday 25/12")
                .isEqualTo(vn("2029-12-26T00:00"));
        clock("2029-12-25T23:59");
        EngineClock.runDueJobs(management, pi);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_RECEIVE_LATE).count()).isZero();

        TestMail.clear();
        clock("2029-12-26T00:00");
        EngineClock.runDueJobs(management, pi);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_DIVISION_REPORT).count())
                .as("the late divisions' own tasks are withdrawn").isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_RECEIVE_LATE).count())
                .isEqualTo(2);
        assertThat(TestMail.received("[Báo cáo tháng] BC-2029-12: Phòng Quản lý Thương mại chưa gửi báo cáo"))
                .singleElement().satisfies(m -> assertThat(m.to()).contains("vp.tp@sct.example", "qltm.tp@sct.example"));
        assertThat(repository.division("BC-2029-12", "QLTM").orElseThrow().escalatedAt()).isNotNull();
        assertThat(repository.division("BC-2029-12", "QLCN").orElseThrow().escalatedAt()).isNull();

        List<Task> chases = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_RECEIVE_LATE).list();
        Task qltm = chases.stream().filter(t -> t.getDescription().contains("Thương mại")).findFirst().orElseThrow();
        Task ktat = chases.stream().filter(t -> t.getDescription().contains("Kỹ thuật an toàn")).findFirst().orElseThrow();
        refused(() -> driver.submit(LifecycleDriver.OFFICE, qltm, Map.of(FIELD_LATE_OUTCOME, "")))
                .hasMessageContaining("Kết quả đôn đốc");
        Map<String, Object> received = divisionForm(true, "");
        received.put(FIELD_LATE_OUTCOME, OUTCOME_RECEIVED);
        clock("2029-12-27T09:00");
        driver.submit(LifecycleDriver.OFFICE, qltm, received);
        driver.submit(LifecycleDriver.OFFICE, ktat, Map.of(FIELD_LATE_OUTCOME, OUTCOME_NOT_REPORTED));
        assertThat(repository.division("BC-2029-12", "QLTM").orElseThrow().status()).isEqualTo(vn.sct.tracker.report.DivisionReportStatus.LATE_ENTERED);
        assertThat(repository.division("BC-2029-12", "KTAT").orElseThrow().status()).isEqualTo(vn.sct.tracker.report.DivisionReportStatus.MISSED);
        assertThat(pi).hasPassed(END_DIVISION_REPORTED_LATE, END_DIVISION_NOT_REPORTED, END_DIVISION_REPORTED);

        Task compile = officeTask(pi, TASK_COMPILE);
        assertThat((String) tasks.getVariableLocal(compile.getId(), "divisionReports"))
                .contains("Phòng Kỹ thuật an toàn - Môi trường: KHÔNG GỬI BÁO CÁO")
                .contains("Phòng Quản lý Năng lượng: đã gửi lúc")
                .contains("CHƯA XÁC NHẬN SỐ LIỆU · ý kiến về số liệu: Thiếu nhiệm vụ giao tại cuộc họp ngày 18/12")
                .contains("Phòng Quản lý Thương mại: gửi muộn, Văn phòng tiếp nhận lúc 09:00 27/12/2029");
        compile(pi, "Bản tổng hợp lần 1");
        refused(() -> approve(pi, DECISION_RETURN, "")).hasMessageContaining("Ý kiến");
        approve(pi, DECISION_RETURN, "Bổ sung kiến nghị xử lý phòng không báo cáo");
        assertThat(pi).isWaitingAt(TASK_COMPILE);
        assertThat(repository.find("BC-2029-12").orElseThrow().status()).isEqualTo(vn.sct.tracker.report.MonthlyReportStatus.COMPILING);
        Task again = officeTask(pi, TASK_COMPILE);
        assertThat(tasks.getVariableLocal(again.getId(), "directorComment"))
                .isEqualTo("Bổ sung kiến nghị xử lý phòng không báo cáo");
        assertThat(tasks.getVariableLocal(again.getId(), FIELD_OFFICE_SUMMARY)).isEqualTo("Bản tổng hợp lần 1");
        compile(pi, "Bản tổng hợp lần 2, kiến nghị kiểm điểm Phòng Kỹ thuật an toàn - Môi trường");
        approve(pi, DECISION_APPROVE, "");
        assertThat(pi).isEnded().hasPassed(END_APPROVED);
        assertThat(repository.find("BC-2029-12").orElseThrow().officeSummary()).endsWith("lần 2, kiến nghị kiểm điểm Phòng Kỹ thuật an toàn - Môi trường");
    }

    @Test
    void aPeriodIsOpenedOnce_byHandOnlyForAMonthThatHasBegun() {
        clock("2030-01-20T07:30");
        ProcessInstance first = open("2030-01");
        assertThat(first).isWaitingAt(TASK_DIVISION_REPORT);
        refused(() -> driver.as(LifecycleDriver.OFFICE, () -> starter.start(YearMonth.of(2030, 1))))
                .hasMessageContaining("BC-2030-01 đã được mở");
        refused(() -> driver.as(LifecycleDriver.OFFICE, () -> starter.start(YearMonth.of(2030, 2))))
                .hasMessageContaining("chưa đến tháng 2/2030");
        var again = http.withBasicAuth("vp.cv1", PASSWORD).postForEntity("/api/monthly-reports", Map.of("month", "2030-01"),
                Map.class);
        assertThat(again.getStatusCode().value()).isEqualTo(400);
        assertThat(again.getBody()).containsEntry("field", "month");
        assertThat(http.withBasicAuth("vp.cv1", PASSWORD).postForEntity("/api/monthly-reports", Map.of("month", "1/2030"),
                Map.class).getBody()).containsEntry("field", "month");
        assertThat(http.withBasicAuth("qlcn.tp", PASSWORD).postForEntity("/api/monthly-reports", Map.of("month", "2029-11"),
                Map.class).getStatusCode().value()).as("only the Office opens a report").isEqualTo(403);
        assertThat(repository.exists("BC-2029-11")).isFalse();
        // The timer firing for a month the Office already opened ends quietly.
        ProcessInstance twice = driver.as(LifecycleDriver.OFFICE, () -> runtime.startProcessInstanceByKey(PROCESS_KEY,
                Map.of(VAR_REPORT_MONTH, "2030-01")));
        STARTED.add(twice.getId());
        assertThat(twice).isEnded().hasPassed(END_ALREADY_OPEN).hasNotPassed(TASK_DIVISION_REPORT);
        assertThat(repository.divisions("BC-2030-01")).hasSize(REPORTING.size());
        runtime.deleteProcessInstance(first.getId(), "test done");
    }

    @Test
    void theMonthlyTimerOpensTheReportOnTheConfiguredDay() {
        Job timer = management.createJobQuery().processDefinitionKey(PROCESS_KEY).timers().activityId(START_MONTHLY)
                .singleResult();
        var dueAt = timer.getDuedate().toInstant().atZone(vn.sct.tracker.common.AppClock.ZONE);
        assertThat(dueAt.getDayOfMonth()).isEqualTo(20);
        assertThat(dueAt.toLocalTime()).isEqualTo(java.time.LocalTime.of(7, 30));
        assertThat(schedule.cycle()).isEqualTo("0 30 7 20 * ?");

        clock("2030-03-20T07:30");
        management.executeJob(timer.getId());
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("BC-2030-03").singleResult();
        assertThat(pi).as("started by the timer").isNotNull();
        STARTED.add(pi.getId());
        assertThat(pi).isWaitingAt(TASK_DIVISION_REPORT);
        Job next = management.createJobQuery().processDefinitionKey(PROCESS_KEY).timers().activityId(START_MONTHLY)
                .singleResult();
        assertThat(next.getDuedate().toInstant()).isEqualTo(vn("2030-04-20T07:30"));
        runtime.deleteProcessInstance(pi.getId(), "test done");
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance open(String month) {
        String id = driver.as(LifecycleDriver.OFFICE, () -> starter.start(YearMonth.parse(month)));
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
        STARTED.add(pi.getId());
        return pi;
    }

    @Autowired vn.sct.tracker.setup.TasklistFilters filterSetup;
    @Autowired org.camunda.bpm.engine.FilterService filters;

    /** The tasks a saved Tasklist filter shows the user. */
    private List<String> filtered(String user, String filterName) {
        return driver.as(user, () -> {
            var filter = filters.createFilterQuery().filterName(filterName).singleResult();
            List<Task> found = filters.list(filter.getId());
            return found.stream().map(Task::getId).toList();
        });
    }

    private Task headTask(ProcessInstance pi, String head) {
        return driver.as(head, () -> tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_DIVISION_REPORT).singleResult());
    }

    private Task officeTask(ProcessInstance pi, String activity) {
        return driver.task(LifecycleDriver.OFFICE, pi, activity);
    }

    private static Map<String, Object> divisionForm(boolean confirmed, String explanations) {
        Map<String, Object> v = new HashMap<>();
        v.put(FIELD_FIGURES_CONFIRMED, confirmed);
        v.put(FIELD_FIGURES_NOTE, "");
        v.put(FIELD_EXPLANATIONS, explanations);
        v.put(FIELD_PROGRAMME_TASKS, "Đề án phát triển cụm công nghiệp, trình tháng 12");
        return v;
    }

    private void compile(ProcessInstance pi, String summary) {
        driver.submit(LifecycleDriver.OFFICE, pi, TASK_COMPILE, Map.of(FIELD_OFFICE_SUMMARY, summary,
                FIELD_DOCUMENT_NUMBER, "215/BC-SCT"));
    }

    private void approve(ProcessInstance pi, String decision, String comment) {
        driver.submit(LifecycleDriver.DIRECTOR, pi, TASK_APPROVE, Map.of(FIELD_DECISION, decision, FIELD_COMMENT, comment));
    }
}
