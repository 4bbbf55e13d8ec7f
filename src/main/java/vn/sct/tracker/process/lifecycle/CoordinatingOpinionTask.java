package vn.sct.tracker.process.lifecycle;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.EngineInternal;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;

/**
 * Task_CoordinatingOpinion ("Phòng phối hợp cho ý kiến"), one per coordinating division: its opinion goes to
 * the trail, and the specialist's open draft form shows it at once.
 */
@Component("coordinatingOpinionTask")
public class CoordinatingOpinionTask extends LifecycleUserTask {

    private final DirectiveService directives;
    private final OrganisationService organisation;
    private final TaskFacts facts;
    private final TaskService taskService;
    private final CurrentUser user;

    public CoordinatingOpinionTask(LifecycleTasks tasks, DirectiveService directives, OrganisationService organisation,
                                   TaskFacts facts, TaskService taskService, CurrentUser user) {
        super(tasks);
        this.directives = directives;
        this.organisation = organisation;
        this.facts = facts;
        this.taskService = taskService;
        this.user = user;
    }

    @Override
    protected Map<String, Object> inputs(DelegateTask task, Directive d) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("coordinatingDivisionName", organisation.divisionName((String) task.getVariable(VAR_COORDINATING_DIVISION)));
        form.put(FIELD_OPINION, null);
        return form;
    }

    @Override
    protected void completed(DelegateTask task, String directiveId) {
        directives.recordOpinion(directiveId, user.completing(task), task.getTaskDefinitionKey(),
                (String) task.getVariable(VAR_COORDINATING_DIVISION), TaskForms.text(task, FIELD_OPINION));
        Map<String, Object> fresh = facts.of(directives.get(directiveId));
        Map<String, Object> refreshed = Map.of(TaskForms.OPINIONS, fresh.get(TaskForms.OPINIONS),
                TaskForms.HISTORY, fresh.get(TaskForms.HISTORY));
        EngineInternal.withoutAuthorization(() -> {
            for (Task draft : taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                    .taskDefinitionKey(TASK_DRAFT).list()) {
                taskService.setVariablesLocal(draft.getId(), refreshed);
            }
        });
    }
}
