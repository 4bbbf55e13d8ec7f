package vn.sct.tracker.process.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sct.tracker.deadline.DeadlineActions;

/** Task_NotifyDirector ("Báo cáo Giám đốc nhiệm vụ quá hạn"), once, after M working days overdue. */
@Component("notifyDirector")
public class NotifyDirector implements JavaDelegate {

    private final DeadlineActions actions;

    public NotifyDirector(DeadlineActions actions) {
        this.actions = actions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        actions.notifyDirector((String) execution.getVariable(DirectiveLifecycle.VAR_DIRECTIVE_ID));
    }
}
