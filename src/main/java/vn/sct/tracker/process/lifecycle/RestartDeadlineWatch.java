package vn.sct.tracker.process.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sct.tracker.deadline.DeadlineSchedule;
import vn.sct.tracker.deadline.WatchMoments;

/**
 * Task_RestartDeadlineWatch ("Lập lại mốc theo dõi theo thời hạn mới"), after a granted extension stopped
 * the watch ("Thời hạn được gia hạn"): the new deadline is planned, the overdue flag clears when it is
 * still ahead, open tasks show it, and the watch starts over from the new reminder.
 */
@Component("restartDeadlineWatch")
public class RestartDeadlineWatch implements JavaDelegate {

    private final DeadlineSchedule schedule;
    private final TaskDates dates;

    public RestartDeadlineWatch(DeadlineSchedule schedule, TaskDates dates) {
        this.schedule = schedule;
        this.dates = dates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WatchMoments moments = schedule.replanAfterExtension(
                (String) execution.getVariable(DirectiveLifecycle.VAR_DIRECTIVE_ID));
        DeadlineWatch.keep(execution, moments);
        dates.moveTo(execution.getProcessInstanceId(), moments);
    }
}
