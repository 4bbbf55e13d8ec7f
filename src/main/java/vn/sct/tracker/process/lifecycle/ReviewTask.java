package vn.sct.tracker.process.lifecycle;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.directive.Review;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;

/** A review of the draft: approve, or return it with a comment; the gateway after it reads the decision. */
abstract class ReviewTask extends LifecycleUserTask {

    private final DirectiveService directives;
    private final CurrentUser user;
    private final String approvedVariable;

    ReviewTask(LifecycleTasks tasks, DirectiveService directives, CurrentUser user, String approvedVariable) {
        super(tasks);
        this.directives = directives;
        this.user = user;
        this.approvedVariable = approvedVariable;
    }

    @Override
    protected Map<String, Object> inputs(DelegateTask task, Directive d) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(FIELD_DECISION, null);
        form.put(FIELD_COMMENT, null);
        return form;
    }

    @Override
    protected void completed(DelegateTask task, String directiveId) {
        boolean approved = directives.review(directiveId, user.completing(task), task.getTaskDefinitionKey(),
                new Review(TaskForms.text(task, FIELD_DECISION), TaskForms.text(task, FIELD_COMMENT)));
        task.getExecution().setVariable(approvedVariable, approved);
    }
}
