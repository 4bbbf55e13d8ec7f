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
 * Task_RecordProvinceAnswer ("Văn phòng cập nhật ý kiến của UBND tỉnh"), for directives the province
 * assigned: its answer, with its document, before anything changes.
 */
@Component("recordProvinceAnswerTask")
public class ProvinceAnswerTask extends ExtensionUserTask {

    private final CurrentUser user;

    public ProvinceAnswerTask(ExtensionService extensions, ExtensionFacts facts, ReviewStepLimit limit,
                              Notifier notifier, CurrentUser user) {
        super(extensions, facts, limit, notifier);
        this.user = user;
    }

    @Override
    protected Map<String, Object> inputs(ExtensionRequest r) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(FIELD_PROVINCE_ANSWER, "");
        form.put(FIELD_GRANTED_DEADLINE, r.directorDeadline() == null ? "" : r.directorDeadline().toString());
        form.put(FIELD_PROVINCE_DOC, "");
        form.put(FIELD_COMMENT, "");
        return form;
    }

    @Override
    protected void completed(DelegateTask task, String extensionId) {
        LocalDate granted = extensions.provinceAnswer(extensionId, user.id(), TaskForms.text(task, FIELD_PROVINCE_ANSWER),
                FormValues.date(task.getVariableLocal(FIELD_GRANTED_DEADLINE), FIELD_GRANTED_DEADLINE),
                TaskForms.text(task, FIELD_PROVINCE_DOC), TaskForms.text(task, FIELD_COMMENT));
        task.getExecution().setVariable(VAR_PROVINCE_GRANTED, granted != null);
    }
}
