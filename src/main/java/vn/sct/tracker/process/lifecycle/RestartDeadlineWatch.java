package vn.sct.tracker.process.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sct.tracker.deadline.DeadlineSchedule;
import vn.sct.tracker.deadline.WatchMoments;
import vn.sct.tracker.directive.DirectiveService;

/**
 * Task_RestartDeadlineWatch ("Lập lại mốc theo dõi theo thời hạn mới"), after a granted extension stopped
 * the watch ("Thời hạn được gia hạn"): the new deadline is planned, the overdue flag clears when it is
 * still ahead, open tasks show it, and the watch starts over from the new reminder.
 */
@Component("restartDeadlineWatch")
public class RestartDeadlineWatch implements JavaDelegate {

    private final DeadlineSchedule schedule;
    private final TaskDates dates;
    private final DirectiveService directives;

    public RestartDeadlineWatch(DeadlineSchedule schedule, TaskDates dates, DirectiveService directives) {
        this.schedule = schedule;
        this.dates = dates;
        this.directives = directives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String directiveId = (String) execution.getVariable(DirectiveLifecycle.VAR_DIRECTIVE_ID);
        WatchMoments moments = schedule.replanAfterExtension(directiveId);
        DeadlineWatch.keep(execution, moments);
        dates.moveTo(execution.getProcessInstanceId(), moments,
                LifecycleTasks.description(directives.get(directiveId)));
    }
}
