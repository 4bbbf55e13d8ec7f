package vn.sct.tracker.process.extension;

import static vn.sct.tracker.process.extension.DirectiveExtension.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.FormValues;
import vn.sct.tracker.deadline.ReviewStepLimit;
import vn.sct.tracker.extension.ExtensionRequest;
import vn.sct.tracker.extension.ExtensionService;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;

/**
 * Task_DirectorDecideExtension ("Giám đốc quyết định gia hạn"): approve the proposed date, approve another,
 * or reject with a reason; the gateway after it reads whether approved.
 */
@Component("directorDecideExtensionTask")
public class DirectorDecisionTask extends ExtensionUserTask {

    private final CurrentUser user;

    public DirectorDecisionTask(ExtensionService extensions, ExtensionFacts facts, ReviewStepLimit limit,
                                Notifier notifier, CurrentUser user) {
        super(extensions, facts, limit, notifier);
        this.user = user;
    }

    @Override
    protected Map<String, Object> inputs(ExtensionRequest r) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(FIELD_DECISION, "");
        form.put(FIELD_OTHER_DEADLINE, "");
        form.put(FIELD_COMMENT, "");
        return form;
    }

    @Override
    protected void completed(DelegateTask task, String extensionId) {
        LocalDate approved = extensions.directorDecision(extensionId, user.id(), TaskForms.text(task, FIELD_DECISION),
                FormValues.date(task.getVariableLocal(FIELD_OTHER_DEADLINE), FIELD_OTHER_DEADLINE),
                TaskForms.text(task, FIELD_COMMENT));
        task.getExecution().setVariable(VAR_DIRECTOR_APPROVED, approved != null);
    }
}
