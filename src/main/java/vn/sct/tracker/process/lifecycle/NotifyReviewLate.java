package vn.sct.tracker.process.lifecycle;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.EngineInternal;
import vn.sct.tracker.deadline.DeadlineActions;

/**
 * Task_NotifyReviewLate ("Báo Văn phòng đôn đốc bước xem xét chậm"), when a review step passes its time
 * limit: the Office is told who holds it; the step goes on.
 */
@Component("notifyReviewLate")
public class NotifyReviewLate implements JavaDelegate {

    private final DeadlineActions actions;
    private final TaskService tasks;

    public NotifyReviewLate(DeadlineActions actions, TaskService tasks) {
        this.actions = actions;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Task review = EngineInternal.withoutAuthorization(() -> tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKeyIn(DirectiveLifecycle.REVIEW_STEPS.toArray(String[]::new))
                .orderByTaskCreateTime().asc().list().stream().findFirst().orElse(null));
        actions.reviewLate((String) execution.getVariable(DirectiveLifecycle.VAR_DIRECTIVE_ID),
                review == null ? null : review.getTaskDefinitionKey(), review == null ? null : review.getName(),
                review == null ? null : review.getAssignee());
    }
}
