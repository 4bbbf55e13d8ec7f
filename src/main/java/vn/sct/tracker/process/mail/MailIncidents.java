package vn.sct.tracker.process.mail;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.notification.OutboxMessage;
import vn.sct.tracker.notification.UndeliverableMail;

/**
 * A message given up after its last attempt becomes an incident of type {@value #TYPE} on the process
 * instance it belongs to (at a step it is at now), so that the Office and the administrators see it in Cockpit with the directive
 * (the incident's configuration names the message: {@code mail_outbox:<id>}). A message of no running
 * instance stays in the outbox as FAILED, counted by the metric {@code tracker.mail.failed}.
 */
@Component
class MailIncidents implements UndeliverableMail {

    static final String TYPE = "mailDelivery";

    /** The engine keeps an incident's message in 4000 characters. */
    private static final int INCIDENT_MESSAGE_LENGTH = 4000;

    private static final Logger LOG = LoggerFactory.getLogger(MailIncidents.class);

    private final RuntimeService runtime;

    MailIncidents(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** The execution of a step the instance is at now (an incident belongs to a step of the diagram). */
    private static String openStep(ActivityInstance instance) {
        if (instance == null) {
            return null;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            String inside = openStep(child);
            if (inside != null) {
                return inside;
            }
        }
        return instance.getChildActivityInstances().length == 0 && instance.getExecutionIds().length > 0
                && instance.getParentActivityInstanceId() != null ? instance.getExecutionIds()[0] : null;
    }

    @Override
    public void gaveUp(OutboxMessage message, String error) {
        String instance = message.processInstanceId();
        if (instance == null || runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0) {
            return;
        }
        String text = Messages.get(Messages.VIETNAMESE, "mail.incident", String.join(", ", message.recipients()),
                message.subject(), message.attempts() + 1, error == null ? "" : error);
        try {
            String execution = openStep(runtime.getActivityInstance(instance));
            runtime.createIncident(TYPE, execution == null ? instance : execution, "mail_outbox:" + message.id(),
                    Text.cut(text, INCIDENT_MESSAGE_LENGTH));
        } catch (ProcessEngineException ended) {
            LOG.warn("E-mail {}: không ghi được sự cố trên quy trình {}: {}", message.id(), instance, ended.getMessage());
        }
    }
}
