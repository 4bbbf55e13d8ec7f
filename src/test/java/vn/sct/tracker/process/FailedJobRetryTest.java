package vn.sct.tracker.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.support.PostgresProcessTest;

/**
 * A job that keeps failing, as the product's engine is configured: tried again five times, after 1, 5 and
 * 15 minutes, 1 and 4 hours (never again at once), then an incident that Cockpit shows, with the job kept.
 */
class FailedJobRetryTest extends PostgresProcessTest {

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @Test
    void aFailingJob_isRetriedOnTheCycle_thenBecomesAnIncident() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("failing-step").name("Bước lỗi")
                .camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Failing").name("Bước lỗi").camundaAsyncBefore()
                .camundaDelegateExpression("${noSuchStep}").endEvent().done();
        Deployment deployment = repository.createDeployment().addModelInstance("failing-step.bpmn", model).deploy();
        try {
            ProcessInstance pi = runtime.startProcessInstanceByKey("failing-step");
            Duration[] cycle = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
                    Duration.ofHours(1), Duration.ofHours(4)};
            for (int attempt = 0; attempt <= cycle.length; attempt++) {
                Job job = job(pi);
                Instant failedAt = AppClock.instant();
                assertThatThrownBy(() -> management.executeJob(job.getId())).as("attempt %d", attempt + 1)
                        .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
                Job after = job(pi);
                assertThat(after.getRetries()).as("retries left after attempt %d", attempt + 1)
                        .isEqualTo(cycle.length - attempt);
                if (after.getRetries() > 0) {
                    assertThat(Duration.between(failedAt, after.getDuedate().toInstant()))
                            .as("next attempt after attempt %d", attempt + 1)
                            .isBetween(cycle[attempt].minusSeconds(2), cycle[attempt].plusSeconds(2));
                    ClockUtil.setCurrentTime(java.util.Date.from(after.getDuedate().toInstant().plusSeconds(1)));
                }
            }
            assertThat(job(pi).getRetries()).isZero();
            assertThat(job(pi).getExceptionMessage()).contains("noSuchStep");
            assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).incidentType("failedJob").count())
                    .isEqualTo(1);
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    private Job job(ProcessInstance pi) {
        return management.createJobQuery().processInstanceId(pi.getId()).singleResult();
    }
}
