package vn.sct.tracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.process.lifecycle.DirectiveLifecycle;
import vn.sct.tracker.support.ApiClient;
import vn.sct.tracker.support.LifecycleDriver;
import vn.sct.tracker.support.PostgresProcessTest;

/**
 * Every way in refuses what it cannot take, with the field and the reason (Vietnamese, English on request),
 * and stores nothing: the product's API, Camunda's REST API for start and task forms, the monthly report.
 */
class StrictInputTest extends PostgresProcessTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired LifecycleDriver driver;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port, PASSWORD);
    }

    private void refused(Map<String, Object> body, String field, String vietnamese) {
        refused(api.postJson("vp.cv1", "/api/directives", body), 400, field, vietnamese);
    }

    private void refused(ApiClient.Answer answer, int status, String field, String vietnamese) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        Map<String, Object> body = answer.json();
        if (field != null) {
            assertThat(body).containsEntry("field", field);
        }
        assertThat((String) body.get("message")).contains(vietnamese).doesNotContain("Exception").doesNotContain("field.");
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> d = DirectiveIntakeApiTest.directive("VB-" + UUID.randomUUID());
        d.put(field, value);
        return d;
    }

    @Test
    void dates_isoOrDayMonthYear_nothingElse() {
        StoredCounts before = StoredCounts.of(jdbc, history);
        refused(with("deadline", AppClock.today().minusDays(1).toString()), "deadline", "đã qua");
        refused(with("deadline", "0000-01-01"), "deadline", "năm phải từ 1900");
        refused(with("sourceDocDate", "0000-01-01"), "sourceDocDate", "năm phải từ 1900");
        refused(with("deadline", "2027-01-29T25:99garbage"), "deadline", "sai định dạng ngày");
        refused(with("deadline", "2027-01-29T10:00"), "deadline", "sai định dạng ngày");
        refused(with("deadline", "2027-02-30"), "deadline", "không có ngày này");
        refused(with("deadline", "30/02/2027"), "deadline", "không có ngày này");
        refused(with("deadline", "+2027-01-29"), "deadline", "sai định dạng ngày");
        refused(with("deadline", "29.01.2027"), "deadline", "sai định dạng ngày");
        refused(with("deadline", 20270129), "deadline", "sai định dạng ngày");
        refused(with("deadline", List.of("2027-01-29")), "deadline", "sai định dạng ngày");
        refused(with("sourceDocDate", AppClock.today().plusDays(1).toString()), "sourceDocDate", "không được sau ngày hôm nay");
        assertThat(StoredCounts.of(jdbc, history)).isEqualTo(before);

        String ahead = vn.sct.tracker.common.VietnameseFormat.date(AppClock.today().plusDays(40));
        ApiClient.Answer vietnamese = api.postJson("vp.cv1", "/api/directives", with("deadline", ahead));
        assertThat(vietnamese.status()).as(vietnamese.text()).isEqualTo(201);
        assertThat(vietnamese.json()).containsEntry("deadline", AppClock.today().plusDays(40).toString());
    }

    @Test
    void text_controlCharactersAndLengthsRefused_withTheField() {
        StoredCounts before = StoredCounts.of(jdbc, history);
        refused(with("sourceSummary", "Báo cáo\u0000 tình hình"), "sourceSummary", "ký tự điều khiển");
        refused(with("sourceIssuer", "UBND\u0007 tỉnh"), "sourceIssuer", "ký tự điều khiển");
        refused(with("sourceDocNumber", "125/UBND\nKT"), "sourceDocNumber", "ký tự điều khiển");
        refused(with("content", "a\u001b[31m"), "content", "ký tự điều khiển");
        refused(with("sourceSummary", "x".repeat(2001)), "sourceSummary", "không quá 2000 ký tự");
        refused(with("sourceDocNumber", "x".repeat(101)), "sourceDocNumber", "không quá 100 ký tự");
        refused(with("content", "x".repeat(8001)), "content", "không quá 8000 ký tự");
        refused(with("externalId", "x".repeat(201)), "externalId", "không quá 200 ký tự");
        refused(with("externalId", " "), "externalId", "bắt buộc");
        refused(with("externalId", "VB\t1"), "externalId", "ký tự điều khiển");
        refused(with("sourceSummary", "   "), "sourceSummary", "bắt buộc");
        refused(with("sourceType", "KHAC"), "sourceType", "nguồn");
        refused(with("proposedLeadDivision", "XYZ"), "proposedLeadDivision", "không có phòng");
        assertThat(StoredCounts.of(jdbc, history)).isEqualTo(before);
        ApiClient.Answer english = api.postJson("vp.cv1", "/api/directives", with("sourceSummary", "a\u0000"),
                "Accept-Language", "en-US,en;q=0.9");
        assertThat(english.json()).containsEntry("field", "sourceSummary");
        assertThat((String) english.json().get("message")).contains("control");
    }

    @Test
    void bodies_unknownFieldsMalformedNullWrongTypeHuge() {
        StoredCounts before = StoredCounts.of(jdbc, history);
        refused(with("leadDivision", "QLCN"), "leadDivision", "không có trong yêu cầu");
        refused(with("status", "CLOSED"), "status", "không có trong yêu cầu");
        refused(with("specialist", "qlcn.cv1"), "specialist", "không có trong yêu cầu");
        refused(with("sourceSummary", Map.of("a", 1)), "sourceSummary", "sai kiểu");
        refused(send("application/json", "{\"externalId\": \"x\",".getBytes(StandardCharsets.UTF_8)), 400, "body",
                "không phải JSON");
        refused(send("application/json", "null".getBytes(StandardCharsets.UTF_8)), 400, "body", "thiếu nội dung");
        refused(send("application/json", new byte[0]), 400, "body", "thiếu nội dung");
        refused(send("application/json", "{} {}".getBytes(StandardCharsets.UTF_8)), 400, "body", "không phải JSON");
        refused(send("application/json", "[1,2]".getBytes(StandardCharsets.UTF_8)), 400, null, "");
        refused(send("text/plain", "hello".getBytes(StandardCharsets.UTF_8)), 415, null, "");
        refused(send("application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)), 415, null, "");
        byte[] huge = ("{\"sourceSummary\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        refused(send("application/json", huge), 413, null, "1.024 KiB");
        assertThat(StoredCounts.of(jdbc, history)).isEqualTo(before);
    }

    private ApiClient.Answer send(String type, byte[] body) {
        return api.send("POST", "/api/directives", "vp.cv1", type, body);
    }

    @Test
    void startForm_takesOnlyItsOwnFields_whicheverWayItIsSent() {
        StoredCounts before = StoredCounts.of(jdbc, history);
        for (String extra : List.of("leadDivision", "status", "specialist", "registeredBy", "directiveId")) {
            String json = "{\"variables\": {" + formVariables() + ", \"" + extra + "\": {\"value\": \"x\"}}}";
            for (String path : List.of("/engine-rest/process-definition/key/directive-lifecycle/submit-form",
                    "/engine-rest/process-definition/key/directive-lifecycle/start")) {
                refused(api.send("POST", path, "vp.cv1", "application/json", json.getBytes(StandardCharsets.UTF_8)),
                        400, extra, "không có trên biểu mẫu");
            }
        }
        Map<String, Object> form = driver.registration(AppClock.today().plusDays(10));
        form.put("leadDivision", "KTAT");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.register(form))
                .hasMessageContaining("leadDivision").hasMessageContaining("không có trên biểu mẫu");
        String monthly = "{\"variables\": {\"reportMonth\": {\"value\": \"1900-01\"}}}";
        refused(api.send("POST", "/engine-rest/process-definition/key/monthly-report/start", "vp.cv1", "application/json",
                monthly.getBytes(StandardCharsets.UTF_8)), 400, "reportMonth", "không có trên biểu mẫu");
        assertThat(StoredCounts.of(jdbc, history)).isEqualTo(before);
        String ok = "{\"variables\": {" + formVariables() + "}}";
        assertThat(api.send("POST", "/engine-rest/process-definition/key/directive-lifecycle/submit-form", "vp.cv1",
                "application/json", ok.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
    }

    private static String formVariables() {
        return "\"sourceType\": {\"value\": \"UBND_TINH\"}, \"sourceDocNumber\": {\"value\": \"12/UBND\"},"
                + " \"sourceDocDate\": {\"value\": \"" + AppClock.today().minusDays(1) + "\"},"
                + " \"sourceIssuer\": {\"value\": \"UBND tỉnh\"}, \"sourceSummary\": {\"value\": \"Báo cáo\"},"
                + " \"content\": {\"value\": \"\"}, \"deadline\": {\"value\": \"" + AppClock.today().plusDays(9) + "\"}";
    }

    @Test
    void taskForms_takeOnlyTheirOwnFields_andTaskVariablesAreNotWrittenDirectly() {
        ProcessInstance pi = driver.register();
        driver.assign(pi, "QLCN", List.of(), null);
        String task = tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(DirectiveLifecycle.TASK_ASSIGN_SPECIALIST).singleResult().getId();
        String json = "{\"variables\": {\"specialist\": {\"value\": \"qlcn.cv1\"}, \"leadDivision\": {\"value\": \"KTAT\"}}}";
        for (String mount : List.of("/engine-rest", "/camunda/api/engine/engine/default")) {
            refused(api.send("POST", mount + "/task/" + task + "/submit-form", "qlcn.tp", "application/json",
                    json.getBytes(StandardCharsets.UTF_8)), 400, "leadDivision", "không có trên biểu mẫu");
            refused(api.send("PUT", mount + "/task/" + task + "/variables/leadDivision", "qlcn.tp", "application/json",
                    "{\"value\": \"KTAT\"}".getBytes(StandardCharsets.UTF_8)), 403, null, "biểu mẫu");
            refused(api.send("POST", mount + "/task/" + task + "/variables", "qlcn.tp", "application/json",
                    "{\"modifications\": {\"leadDivision\": {\"value\": \"KTAT\"}}}".getBytes(StandardCharsets.UTF_8)),
                    403, null, "biểu mẫu");
        }
        refused(api.send("POST", "/engine-rest/task/" + task + "/submit-form", "qlcn.tp", "application/json",
                "{\"variables\": {\"specialist\": {\"value\": \"qlcn.cv1\"}, \"note\": {\"value\": \"a\\u0000b\"}}}"
                        .getBytes(StandardCharsets.UTF_8)), 400, "note", "ký tự điều khiển");
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task is still open").isEqualTo(1);
        assertThat(runtime.getVariable(pi.getId(), "leadDivision")).isEqualTo("QLCN");
        String okay = "{\"variables\": {\"specialist\": {\"value\": \"qlcn.cv1\"}, \"note\": {\"value\": \"\"}}}";
        ApiClient.Answer done = api.send("POST", "/engine-rest/task/" + task + "/submit-form", "qlcn.tp",
                "application/json", okay.getBytes(StandardCharsets.UTF_8));
        assertThat(done.status()).as(done.text()).isEqualTo(204);
    }

    @Test
    void monthlyReports_onlyFromTheProductsStartToThisMonth() {
        StoredCounts before = StoredCounts.of(jdbc, history);
        Consumer<String> refusedMonth = month -> refused(api.postJson("vp.cv1", "/api/monthly-reports",
                Map.of("month", month)), 400, "month", "");
        for (String month : List.of("-2026-10", "0000-01", "1900-01", "2026-13", "2026-1", "10-2026", "2026-10-01",
                "2026-10x", "")) {
            refusedMonth.accept(month);
        }
        ApiClient.Answer early = api.postJson("vp.cv1", "/api/monthly-reports", Map.of("month", "2020-01"));
        refused(early, 400, "month", "tháng bắt đầu dùng hệ thống");
        ApiClient.Answer ahead = api.postJson("vp.cv1", "/api/monthly-reports",
                Map.of("month", java.time.YearMonth.from(AppClock.today()).plusMonths(1).toString()));
        refused(ahead, 400, "month", "chưa đến tháng");
        refused(api.postJson("vp.cv1", "/api/monthly-reports", Map.of("month", "2026-10", "extra", "x")), 400, "extra",
                "không có trong yêu cầu");
        assertThat(StoredCounts.of(jdbc, history)).isEqualTo(before);
    }
}
