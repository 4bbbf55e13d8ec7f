package vn.sct.tracker.process.lifecycle;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sct.tracker.deadline.DeadlineActions;

/** Task_StartChaseRound ("Ghi nhận đôn đốc lần tiếp, báo phòng chủ trì"), each round while overdue. */
@Component("startChaseRound")
public class StartChaseRound implements JavaDelegate {

    private final DeadlineActions actions;

    public StartChaseRound(DeadlineActions actions) {
        this.actions = actions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var next = actions.nextChaseRound((String) execution.getVariable(DirectiveLifecycle.VAR_DIRECTIVE_ID));
        execution.getProcessInstance().setVariable(DirectiveLifecycle.VAR_NEXT_CHASE_AT, Date.from(next));
    }
}
