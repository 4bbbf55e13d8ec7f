package vn.sct.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.support.ApiClient;
import vn.sct.tracker.support.LifecycleDriver;
import vn.sct.tracker.support.PostgresProcessTest;
import vn.sct.tracker.support.TestMail;

/**
 * E-mail with the mail server away, on real PostgreSQL and a real SMTP server: the step that sends commits
 * all the same and its message waits in the outbox; when the server is back the next round sends it; a
 * message the server never takes is given up after its last attempt and shows as an incident on the
 * directive's process instance, where Cockpit shows incidents (the engine REST's incident list).
 */
class MailOutboxTest extends PostgresProcessTest {

    private static final String NEW_TASK = "[Việc mới]";

    @LocalServerPort int port;
    @Autowired LifecycleDriver driver;
    @Autowired MailRelay relay;
    @Autowired MailProperties properties;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void mailServerBack() {
        TestMail.up();
    }

    @Test
    void theMailServerDown_theStepCommits_theMessageWaits_andLeavesWhenTheServerIsBack() {
        TestMail.down();
        ProcessInstance pi = driver.register();
        String id = pi.getBusinessKey();
        assertThat(jdbc.queryForObject("SELECT status FROM directive WHERE id = ?", String.class, id))
                .as("the registration committed").isEqualTo("REGISTERED");
        Map<String, Object> waiting = message(pi);
        assertThat(waiting).containsEntry("state", "WAITING").containsEntry("attempts", 1);
        assertThat((String) waiting.get("subject")).startsWith(NEW_TASK).contains(id);
        assertThat((String) waiting.get("last_error")).isNotBlank();

        relay.sendDue();
        assertThat(message(pi)).as("not due again before its delay").containsEntry("attempts", 1);

        TestMail.up();
        later(properties.retryDelays().get(0).plusSeconds(1));
        relay.sendDue();
        assertThat(message(pi)).containsEntry("state", "SENT").containsEntry("attempts", 2);
        assertThat(TestMail.received(NEW_TASK + " " + id)).hasSize(1);
        relay.sendDue();
        assertThat(TestMail.received(NEW_TASK + " " + id)).as("sent once").hasSize(1);

        later(properties.keepSent().minusDays(1));
        relay.forgetSent();
        assertThat(message(pi)).as("kept %s", properties.keepSent()).containsEntry("state", "SENT");
        later(Duration.ofDays(2));
        relay.forgetSent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE process_instance_id = ? AND state = 'SENT'",
                Long.class, pi.getId())).as("forgotten after %s", properties.keepSent()).isZero();
    }

    @Test
    void aMessageTheServerNeverTakes_isGivenUp_andShownAsAnIncidentOnTheDirectivesProcess() {
        TestMail.down();
        ProcessInstance pi = driver.register();
        List<Duration> delays = properties.retryDelays();
        for (Duration delay : delays) {
            assertThat(message(pi)).containsEntry("state", "WAITING");
            later(delay.plusSeconds(1));
            relay.sendDue();
        }
        Map<String, Object> failed = message(pi);
        assertThat(failed).containsEntry("state", "FAILED").containsEntry("attempts", delays.size() + 1);

        List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(pi.getId())
                .incidentType("mailDelivery").list();
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).getConfiguration()).isEqualTo("mail_outbox:" + failed.get("id"));
        assertThat(incidents.get(0).getIncidentMessage()).contains("Không gửi được e-mail", pi.getBusinessKey(),
                String.valueOf(delays.size() + 1));

        ClockUtil.reset();
        ApiClient.Answer cockpit = new ApiClient(port, PASSWORD).get("admin",
                "/engine-rest/incident?processInstanceId=" + pi.getId());
        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(cockpit.text()).contains("mailDelivery", "mail_outbox:" + failed.get("id"));

        TestMail.up();
        later(Duration.ofDays(2));
        relay.sendDue();
        assertThat(message(pi)).as("a given-up message stays given up").containsEntry("state", "FAILED");
    }

    private Map<String, Object> message(ProcessInstance pi) {
        return jdbc.queryForMap("SELECT id, state, attempts, subject, last_error FROM mail_outbox"
                + " WHERE process_instance_id = ? AND subject LIKE ?", pi.getId(), NEW_TASK + "%");
    }

    private static void later(Duration by) {
        ClockUtil.setCurrentTime(java.util.Date.from(AppClock.instant().plus(by)));
    }
}
