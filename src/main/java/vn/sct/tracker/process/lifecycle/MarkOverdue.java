package vn.sct.tracker.process.lifecycle;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sct.tracker.deadline.DeadlineActions;

/**
 * Task_MarkOverdue ("Ghi nhận quá hạn, báo các bên"), when the deadline passes unfinished; the chase timers
 * wait for the next round.
 */
@Component("markOverdue")
public class MarkOverdue implements JavaDelegate {

    private final DeadlineActions actions;

    public MarkOverdue(DeadlineActions actions) {
        this.actions = actions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        actions.markOverdue((String) execution.getVariable(DirectiveLifecycle.VAR_DIRECTIVE_ID)).ifPresent(next ->
                execution.getProcessInstance().setVariable(DirectiveLifecycle.VAR_NEXT_CHASE_AT, Date.from(next)));
    }
}
