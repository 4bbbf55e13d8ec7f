package vn.sct.tracker.process.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sct.tracker.deadline.DeadlineActions;

/** Task_SendReminder ("Nhắc hạn chuyên viên, Trưởng phòng"), when the reminder moment comes. */
@Component("sendReminder")
public class SendReminder implements JavaDelegate {

    private final DeadlineActions actions;

    public SendReminder(DeadlineActions actions) {
        this.actions = actions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        actions.remind((String) execution.getVariable(DirectiveLifecycle.VAR_DIRECTIVE_ID));
    }
}
