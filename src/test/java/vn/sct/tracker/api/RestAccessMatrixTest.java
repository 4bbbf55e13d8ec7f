package vn.sct.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.sct.tracker.support.PostgresProcessTest;
import vn.sct.tracker.process.lifecycle.DirectiveLifecycle;
import vn.sct.tracker.support.LifecycleDriver;

/**
 * Who sees what, through both REST APIs as the people themselves: a directive led by Phòng Quản lý
 * Công nghiệp (division A) with its specialist drafting; a specialist of Phòng Quản lý Thương mại
 * (division B) can neither list, read, claim nor complete its tasks, nor find its process or record;
 * the Office reads everything; nobody gets in without a valid login.
 */
class RestAccessMatrixTest extends PostgresProcessTest {

    private static final String OTHER_DIVISION = "qltm.cv1";

    @Autowired TestRestTemplate http;
    @Autowired LifecycleDriver driver;
    @Autowired TaskService tasks;

    private ProcessInstance pi;
    private Task draft;

    @BeforeEach
    void directiveOfDivisionA() {
        pi = driver.register();
        driver.assign(pi, "QLCN", List.of(), null);
        driver.assignSpecialist(pi, LifecycleDriver.HEAD, LifecycleDriver.SPECIALIST);
        draft = tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(DirectiveLifecycle.TASK_DRAFT).singleResult();
        assertThat(draft.getAssignee()).isEqualTo(LifecycleDriver.SPECIALIST);
    }

    @Test
    void aSpecialistOfAnotherDivisionCannotListReadClaimOrCompleteTheTasks() {
        assertThat(list(OTHER_DIVISION, "/engine-rest/task?processInstanceId=" + pi.getId())).isEmpty();
        assertThat(list(OTHER_DIVISION, "/engine-rest/task?processInstanceBusinessKey=" + pi.getBusinessKey())).isEmpty();
        assertThat(list(OTHER_DIVISION, "/engine-rest/task/count?processInstanceId=" + pi.getId()))
                .as("count").isEmpty();
        assertThat(call(OTHER_DIVISION, HttpMethod.GET, "/engine-rest/task/" + draft.getId(), null).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(call(OTHER_DIVISION, HttpMethod.GET, "/engine-rest/task/" + draft.getId() + "/variables", null)
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(call(OTHER_DIVISION, HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/claim",
                "{\"userId\":\"" + OTHER_DIVISION + "\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(OTHER_DIVISION, HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/assignee",
                "{\"userId\":\"" + OTHER_DIVISION + "\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(OTHER_DIVISION, HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/complete",
                "{\"variables\":{}}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(OTHER_DIVISION, HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/submit-form",
                "{\"variables\":{}}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Task after = tasks.createTaskQuery().taskId(draft.getId()).singleResult();
        assertThat(after).as("the task is untouched").isNotNull();
        assertThat(after.getAssignee()).isEqualTo(LifecycleDriver.SPECIALIST);
    }

    @Test
    void aSpecialistOfAnotherDivisionFindsNeitherTheProcessNorTheRecord() {
        assertThat(list(OTHER_DIVISION, "/engine-rest/process-instance?businessKey=" + pi.getBusinessKey())).isEmpty();
        assertThat(call(OTHER_DIVISION, HttpMethod.GET, "/engine-rest/process-instance/" + pi.getId() + "/variables",
                null).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(list(OTHER_DIVISION, "/engine-rest/history/process-instance?processInstanceId=" + pi.getId())).isEmpty();
        assertThat(list(OTHER_DIVISION, "/engine-rest/history/task?processInstanceId=" + pi.getId())).isEmpty();
        assertThat(call(OTHER_DIVISION, HttpMethod.GET, "/api/directives/" + pi.getBusinessKey(), null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call(OTHER_DIVISION, HttpMethod.GET, "/api/directives?limit=500", null).getBody())
                .doesNotContain(pi.getBusinessKey());
        assertThat(call(OTHER_DIVISION, HttpMethod.DELETE, "/engine-rest/process-instance/" + pi.getId(), null)
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(runtime().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
    }

    @Test
    void theDivisionSeesItsOwnWork_theOfficeReadsEverything() {
        assertThat(list(LifecycleDriver.SPECIALIST, "/engine-rest/task?processInstanceId=" + pi.getId()))
                .contains(draft.getId());
        // Divisions follow their directives through the record (process instances are the Office's, in Cockpit).
        assertThat(call(LifecycleDriver.HEAD, HttpMethod.GET, "/api/directives/" + pi.getBusinessKey(), null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        String office = LifecycleDriver.OFFICE;
        assertThat(list(office, "/engine-rest/task?processInstanceId=" + pi.getId())).contains(draft.getId());
        assertThat(list(office, "/engine-rest/process-instance?businessKey=" + pi.getBusinessKey())).contains(pi.getId());
        assertThat(list(office, "/engine-rest/history/process-instance?processInstanceId=" + pi.getId()))
                .contains(pi.getId());
        assertThat(call(office, HttpMethod.GET, "/api/directives/" + pi.getBusinessKey(), null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(call(office, HttpMethod.GET, "/api/directives?limit=500", null).getBody())
                .contains(pi.getBusinessKey());
        assertThat(list("giamdoc", "/engine-rest/task?processInstanceId=" + pi.getId())).contains(draft.getId());
    }

    @Test
    void withoutAValidLoginNothingIsServed() {
        for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/api/directives",
                "/api/directives/" + pi.getBusinessKey(), "/api/docs")) {
            assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(http.withBasicAuth(OTHER_DIVISION, "Sai@mat-khau1").getForEntity(path, String.class)
                    .getStatusCode()).as("wrong password on " + path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

    private org.camunda.bpm.engine.RuntimeService runtime() {
        return runtimeService;
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.withBasicAuth(user, PASSWORD).exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }

    /** The ids in a JSON list answer (or the count, as a one-element list, when it is not zero). */
    private List<String> list(String user, String path) {
        ResponseEntity<String> response = call(user, HttpMethod.GET, path, null);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody());
            if (node.has("count")) {
                long count = node.get("count").asLong();
                return count == 0 ? List.of() : List.of(String.valueOf(count));
            }
            java.util.List<String> ids = new java.util.ArrayList<>();
            node.forEach(n -> ids.add(n.get("id").asText()));
            return ids;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
