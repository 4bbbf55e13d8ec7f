package vn.sct.tracker.process.lifecycle;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.directive.Review;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;

/**
 * Task_SignByDirector ("Giám đốc xem xét, ký duyệt"): sign, or return to the specialist or to the deputy;
 * the gateway after it reads the decision.
 */
@Component("directorSignTask")
public class DirectorSignTask extends LifecycleUserTask {

    private final DirectiveService directives;
    private final CurrentUser user;

    public DirectorSignTask(LifecycleTasks tasks, DirectiveService directives, CurrentUser user) {
        super(tasks);
        this.directives = directives;
        this.user = user;
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
        var decision = directives.directorDecision(directiveId, user.completing(task), task.getTaskDefinitionKey(),
                new Review(TaskForms.text(task, FIELD_DECISION), TaskForms.text(task, FIELD_COMMENT)));
        task.getExecution().setVariable(VAR_DIRECTOR_DECISION, decision.name());
    }
}
