package vn.sct.tracker.process.lifecycle;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.FormValues;
import vn.sct.tracker.directive.CloseDirective;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;

/**
 * Task_IssueAndClose ("Văn phòng phát hành, kết thúc nhiệm vụ"): the Office issues the result and closes the
 * directive; refused without a result.
 */
@Component("issueAndCloseTask")
public class IssueAndCloseTask extends LifecycleUserTask {

    private final DirectiveService directives;
    private final CurrentUser user;

    public IssueAndCloseTask(LifecycleTasks tasks, DirectiveService directives, CurrentUser user) {
        super(tasks);
        this.directives = directives;
        this.user = user;
    }

    @Override
    protected Map<String, Object> inputs(DelegateTask task, Directive d) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(FIELD_RESULT_DOC_NUMBER, null);
        form.put(FIELD_RESULT_DOC_DATE, null);
        form.put(FIELD_COMPLETION_REPORT, null);
        return form;
    }

    @Override
    protected void completed(DelegateTask task, String directiveId) {
        directives.close(directiveId, user.completing(task), task.getTaskDefinitionKey(), new CloseDirective(
                TaskForms.text(task, FIELD_RESULT_DOC_NUMBER),
                FormValues.date(task.getVariableLocal(FIELD_RESULT_DOC_DATE), FIELD_RESULT_DOC_DATE),
                TaskForms.text(task, FIELD_COMPLETION_REPORT)));
    }
}
