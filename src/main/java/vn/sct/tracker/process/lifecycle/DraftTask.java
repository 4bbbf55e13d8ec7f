package vn.sct.tracker.process.lifecycle;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.directive.SubmitDraft;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;

/**
 * Task_DraftResponse ("Chuyên viên dự thảo, tham mưu") and Task_ReviseDraft ("Chuyên viên hoàn thiện dự thảo
 * theo ý kiến"): the specialist submits the draft for the head's review.
 */
@Component("draftTask")
public class DraftTask extends LifecycleUserTask {

    private final DirectiveService directives;
    private final CurrentUser user;

    public DraftTask(LifecycleTasks tasks, DirectiveService directives, CurrentUser user) {
        super(tasks);
        this.directives = directives;
        this.user = user;
    }

    @Override
    protected Map<String, Object> inputs(DelegateTask task, Directive d) {
        Map<String, Object> form = new HashMap<>();
        form.put(FIELD_NOTE, null);
        return form;
    }

    @Override
    protected void completed(DelegateTask task, String directiveId) {
        directives.submitDraft(directiveId, user.completing(task), task.getTaskDefinitionKey(), new SubmitDraft(
                TaskForms.text(task, FIELD_DRAFT_SUMMARY), TaskForms.text(task, FIELD_DRAFT_REFERENCE),
                TaskForms.text(task, FIELD_NOTE)));
    }
}
