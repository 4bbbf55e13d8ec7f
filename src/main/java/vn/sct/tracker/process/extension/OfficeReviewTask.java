package vn.sct.tracker.process.extension;

import static vn.sct.tracker.process.extension.DirectiveExtension.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.deadline.ReviewStepLimit;
import vn.sct.tracker.extension.ExtensionRequest;
import vn.sct.tracker.extension.ExtensionService;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;

/** Task_OfficeReviewExtension ("Văn phòng tổng hợp, cho ý kiến"): the Office recommends for or against. */
@Component("officeReviewExtensionTask")
public class OfficeReviewTask extends ExtensionUserTask {

    private final CurrentUser user;

    public OfficeReviewTask(ExtensionService extensions, ExtensionFacts facts, ReviewStepLimit limit,
                            Notifier notifier, CurrentUser user) {
        super(extensions, facts, limit, notifier);
        this.user = user;
    }

    @Override
    protected Map<String, Object> inputs(ExtensionRequest r) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(FIELD_OFFICE_OPINION, "");
        form.put(FIELD_OFFICE_SUPPORTS, "");
        return form;
    }

    @Override
    protected void completed(DelegateTask task, String extensionId) {
        extensions.officeReview(extensionId, user.id(), TaskForms.text(task, FIELD_OFFICE_OPINION),
                TaskForms.text(task, FIELD_OFFICE_SUPPORTS));
    }
}
