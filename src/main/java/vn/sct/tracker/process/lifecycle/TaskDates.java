package vn.sct.tracker.process.lifecycle;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.EngineInternal;
import vn.sct.tracker.deadline.ReviewStepLimit;
import vn.sct.tracker.deadline.WatchMoments;

/**
 * What Tasklist shows of a task's time: its due date (the directive's deadline; a review step's own limit
 * if earlier; the next round for the Office's chase task) and its follow-up date (the reminder moment).
 * Due at 23:59 of the last day, not 00:00 of the next, so "due today" finds it.
 */
@Component
class TaskDates {

    private static final long ONE_MINUTE = 60_000;

    private final ReviewStepLimit reviewLimit;
    private final TaskService tasks;

    TaskDates(ReviewStepLimit reviewLimit, TaskService tasks) {
        this.reviewLimit = reviewLimit;
        this.tasks = tasks;
    }

    /** A new task's dates, from the moments its process keeps. */
    void set(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        Date overdueAt = (Date) task.getVariable(VAR_OVERDUE_AT);
        Date reminderAt = (Date) task.getVariable(VAR_REMINDER_AT);
        Date due = overdueAt;
        if (TASK_CHASE.equals(key)) {
            due = (Date) task.getVariable(VAR_NEXT_CHASE_AT);
        } else if (REVIEW_STEPS.contains(key)) {
            Date stepLimit = reviewLimit.due();
            due = overdueAt == null || stepLimit.before(overdueAt) ? stepLimit : overdueAt;
        }
        if (due != null) {
            task.setDueDate(new Date(due.getTime() - ONE_MINUTE));
        }
        if (reminderAt != null && !TASK_CHASE.equals(key) && (due == null || reminderAt.before(due))) {
            task.setFollowUpDate(reminderAt);
        }
    }

    /** After an extension the open tasks show the new deadline: due date, follow-up date, description. */
    void moveTo(String processInstanceId, WatchMoments moments, String description) {
        Date due = new Date(moments.overdueAt().toEpochMilli() - ONE_MINUTE);
        EngineInternal.withoutAuthorization(() -> {
            for (Task t : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
                if (TASK_CHASE.equals(t.getTaskDefinitionKey())) {
                    continue;
                }
                boolean review = REVIEW_STEPS.contains(t.getTaskDefinitionKey());
                if (!review || t.getDueDate() == null || t.getDueDate().after(due)) {
                    t.setDueDate(due);
                }
                t.setFollowUpDate(moments.reminderAt().isBefore(t.getDueDate().toInstant())
                        ? Date.from(moments.reminderAt()) : null);
                t.setDescription(description);
                tasks.saveTask(t);
            }
        });
    }
}
