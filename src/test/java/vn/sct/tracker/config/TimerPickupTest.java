package vn.sct.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A timer that falls due while the job executor has been idle is picked up within seconds: the
 * acquisition's idle back-off stops at the configured maximum instead of the engine's minute.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:pickup;DB_CLOSE_DELAY=-1")
class TimerPickupTest {

    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;

    @Test
    void aTimerDueAfterAnIdleSpell_firesWithinTheMaximumWait() throws Exception {
        JobExecutor executor = engine.getJobExecutor();
        assertThat(executor.isActive()).isTrue();
        assertThat(executor.getMaxWait()).as("idle back-off cap").isLessThanOrEqualTo(5_000);
        assertThat(executor.getMaxJobsPerAcquisition()).isPositive();

        repository.createDeployment().name("pickup-probe").addModelInstance("pickup-probe.bpmn",
                Bpmn.createExecutableProcess("pickupProbe").camundaHistoryTimeToLive(1)
                        .startEvent().intermediateCatchEvent("wait").timerWithDuration("PT7S").endEvent().done())
                .deploy();
        // Long enough for the back-off to grow from its first wait to its cap several times over. The
        // timer is due later than one acquisition wait, so the engine does not hint the executor.
        Thread.sleep(Duration.ofSeconds(20).toMillis());

        Instant started = Instant.now();
        String id = runtime.startProcessInstanceByKey("pickupProbe").getId();
        Instant due = started.plusSeconds(7);
        Instant limit = due.plusMillis(executor.getMaxWait() + 2_000);
        while (Instant.now().isBefore(limit) && history.createHistoricProcessInstanceQuery().processInstanceId(id)
                .finished().count() == 0) {
            Thread.sleep(100);
        }
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).finished().count())
                .as("timer due at %s fired by %s", due, limit).isOne();
    }
}
