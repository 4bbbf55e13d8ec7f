package vn.sct.tracker.process.lifecycle;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.EngineInternal;
import vn.sct.tracker.deadline.DeadlineSchedule;
import vn.sct.tracker.deadline.WatchMoments;

/**
 * The deadline watch's side of the process: the moments {@link DeadlineSchedule} planned become the
 * process variables its timers read, and timers already waiting move to them.
 */
@Component
class DeadlineWatch {

    private final DeadlineSchedule schedule;
    private final ManagementService management;

    DeadlineWatch(DeadlineSchedule schedule, ManagementService management) {
        this.schedule = schedule;
        this.management = management;
    }

    /** Plans the watch from the directive's deadline (on registration, or when the Director sets another). */
    void plan(DelegateExecution execution, String directiveId) {
        keep(execution, schedule.plan(directiveId));
        recalculateTimers(execution.getProcessInstanceId());
    }

    /** Whether the process still watches another deadline than the directive's. */
    static boolean watchesAnotherDeadline(DelegateExecution execution, java.time.LocalDate deadline) {
        return !AppClock.startOfDay(deadline).equals(execution.getVariable(VAR_DEADLINE_DATE));
    }

    /** The moments as the variables the timers read. */
    static void keep(DelegateExecution execution, WatchMoments m) {
        DelegateExecution process = execution.getProcessInstance();
        process.setVariable(VAR_DEADLINE_DATE, AppClock.startOfDay(m.deadline()));
        process.setVariable(VAR_REMINDER_AT, Date.from(m.reminderAt()));
        process.setVariable(VAR_OVERDUE_AT, Date.from(m.overdueAt()));
        process.setVariable(VAR_NEXT_CHASE_AT, Date.from(m.firstRepeatAt()));
        process.setVariable(VAR_DIRECTOR_NOTIFY_AT, Date.from(m.directorNotifyAt()));
    }

    /** Moves the waiting deadline timers of an instance to the moments now in its variables. */
    private void recalculateTimers(String processInstanceId) {
        EngineInternal.withoutAuthorization(() -> {
            for (String activity : WATCH_TIMERS) {
                for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers()
                        .activityId(activity).list()) {
                    management.recalculateJobDuedate(job.getId(), false);
                }
            }
        });
    }
}
