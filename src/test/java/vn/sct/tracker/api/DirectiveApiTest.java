package vn.sct.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.sct.tracker.support.PostgresProcessTest;
import vn.sct.tracker.support.LifecycleDriver;

/** The directive record and its trail through the authenticated REST API, as different people. */
class DirectiveApiTest extends PostgresProcessTest {

    @Autowired TestRestTemplate http;
    @Autowired LifecycleDriver driver;

    private ResponseEntity<Map<String, Object>> get(String user, String password, String path) {
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, password);
        return client.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
    }

    @Autowired vn.sct.tracker.calendar.WorkingCalendar calendar;

    private ResponseEntity<Map<String, Object>> post(String user, String path, Map<String, Object> body) {
        return http.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(body), new ParameterizedTypeReference<>() { });
    }

    @Test
    void theLeadDivisionAsksForAnExtensionThroughTheApi_othersCannot() {
        ProcessInstance pi = driver.register();
        driver.assign(pi, "QLCN", List.of("QLTM"), null);
        String path = "/api/directives/" + pi.getBusinessKey() + "/extensions";
        java.time.LocalDate proposed = calendar.addWorkingDays(
                vn.sct.tracker.common.AppClock.today().plusDays(20), 10);
        Map<String, Object> body = Map.of("proposedDeadline", proposed.toString(), "reason", "Chờ số liệu của huyện");

        ResponseEntity<Map<String, Object>> coordinating = post("qltm.cv1", path, body);
        assertThat(coordinating.getStatusCode()).as("a coordinating division may read but not ask")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(coordinating.getBody()).containsEntry("field", "directiveId");
        assertThat(post("ktat.cv1", path, body).getStatusCode()).as("another division does not even see it")
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<Map<String, Object>> asked = post("qlcn.cv1", path, body);
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(asked.getBody()).containsEntry("status", "PENDING").containsEntry("requestedBy", "qlcn.cv1")
                .containsEntry("proposedDeadline", proposed.toString());
        ResponseEntity<Map<String, Object>> again = post("qlcn.tp", path, body);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) again.getBody().get("message")).contains("đang có đề nghị gia hạn");

        ResponseEntity<List<Map<String, Object>>> list = http.withBasicAuth("vp.cv1", PASSWORD)
                .exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(list.getBody()).singleElement().satisfies(r -> assertThat(r).containsEntry("id",
                asked.getBody().get("id")));
    }

    @Test
    void theOfficeReadsTheRecordWithItsWholeTrail() {
        ProcessInstance pi = driver.register();
        driver.assign(pi, "QLCN", List.of("QLTM"), null);

        ResponseEntity<Map<String, Object>> response = get("vp.cv1", PASSWORD, "/api/directives/" + pi.getBusinessKey());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = response.getBody();
        assertThat(body).containsEntry("id", pi.getBusinessKey()).containsEntry("status", "ASSIGNED")
                .containsEntry("statusName", "Đã giao, chờ phân công chuyên viên")
                .containsEntry("leadDivision", "QLCN").containsEntry("processInstanceId", pi.getId());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) body.get("events");
        assertThat(events).extracting(e -> e.get("action")).containsExactly("REGISTERED", "DEADLINE_SCHEDULED", "ASSIGNED");
        assertThat(events).extracting(e -> e.get("actor")).containsExactly("vp.cv1", null, "giamdoc");
        assertThat(events.get(2).get("actionName")).isEqualTo("Giao nhiệm vụ");
        assertThat(body).containsEntry("reportState", "OPEN_WITHIN_DEADLINE")
                .containsEntry("reportStateName", "Đang thực hiện trong hạn").containsEntry("chaseCount", 0);
    }

    @Test
    void divisionsReadTheirOwnDirectivesOnly() {
        ProcessInstance pi = driver.register();
        driver.assign(pi, "QLCN", List.of("QLTM"), null);
        String path = "/api/directives/" + pi.getBusinessKey();

        assertThat(get("qlcn.cv2", PASSWORD, path).getStatusCode()).as("lead division").isEqualTo(HttpStatus.OK);
        assertThat(get("qltm.cv1", PASSWORD, path).getStatusCode()).as("coordinating").isEqualTo(HttpStatus.OK);
        ResponseEntity<Map<String, Object>> other = get("qlnl.cv1", PASSWORD, path);
        assertThat(other.getStatusCode()).as("another division").isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<List<Map<String, Object>>> list = http.withBasicAuth("qlnl.cv1", PASSWORD)
                .exchange("/api/directives?limit=500", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(list.getBody()).extracting(d -> d.get("id")).doesNotContain(pi.getBusinessKey());
    }

    @Test
    void tasklistShowsOnlyTheFieldAndTheReason_whenAFormIsRefused() {
        ProcessInstance pi = driver.register();
        driver.assign(pi, "QLCN", List.of(), null);
        driver.assignSpecialist(pi, "qlcn.tp", "qlcn.cv1");
        driver.draft(pi, "Task_DraftResponse", "qlcn.cv1", "Dự thảo");
        String taskId = driver.task("qlcn.tp", pi, "Task_ReviewByHead").getId();
        Map<String, Object> form = Map.of("variables", Map.of(
                "decision", Map.of("value", "RETURN", "type", "String"),
                "comment", Map.of("value", "", "type", "String")));
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth("qlcn.tp", PASSWORD).exchange(
                "/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(form), new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("message", "Ý kiến: bắt buộc khi trả lại: hãy nói rõ cần sửa gì")
                .containsEntry("field", "comment");

        org.springframework.http.HttpHeaders english = new org.springframework.http.HttpHeaders();
        english.set(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<Map<String, Object>> inEnglish = http.withBasicAuth("qlcn.tp", PASSWORD).exchange(
                "/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(form, english), new ParameterizedTypeReference<>() { });
        assertThat(inEnglish.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(inEnglish.getBody()).containsEntry("field", "comment")
                .containsEntry("message", "Comment: " + vn.sct.tracker.common.Messages.get(java.util.Locale.ENGLISH,
                        "reason.commentWhenReturning"));
        assertThat(driver.task("qlcn.tp", pi, "Task_ReviewByHead").getId()).as("the task stays open").isEqualTo(taskId);
    }

    @Test
    void everyEndpointNeedsAValidLogin() {
        assertThat(get(null, null, "/api/directives").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("ttkc.cv2", "wrong-password", "/api/directives").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(null, null, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(null, null, "/api/docs").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(null, null, "/anything-else").getStatusCode()).isIn(HttpStatus.UNAUTHORIZED,
                HttpStatus.FORBIDDEN);
    }

    @Test
    void badQueryParametersAreExplainedInVietnamese() {
        ResponseEntity<Map<String, Object>> response = get("vp.cv1", PASSWORD, "/api/directives?status=DONE");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("field", "status")
                .containsEntry("message", "Trạng thái: không hợp lệ: DONE");
        ResponseEntity<Map<String, Object>> state = get("vp.cv1", PASSWORD, "/api/directives?reportState=LATE");
        assertThat(state.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(state.getBody()).containsEntry("field", "reportState")
                .containsEntry("message", "Trạng thái báo cáo: không hợp lệ: LATE");
        assertThat(get("vp.cv1", PASSWORD, "/api/directives/NV-1900-00000").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
