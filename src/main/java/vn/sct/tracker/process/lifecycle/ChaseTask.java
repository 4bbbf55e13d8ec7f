package vn.sct.tracker.process.lifecycle;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.Actor;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.deadline.CurrentStates;
import vn.sct.tracker.deadline.DeadlineActions;
import vn.sct.tracker.deadline.DeadlineState;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;

/** Task_ChaseDirective ("Văn phòng đôn đốc thực hiện"): what the Office did to chase the directive. */
@Component("chaseTask")
public class ChaseTask extends LifecycleUserTask {

    private final CurrentStates states;
    private final DeadlineActions actions;
    private final OrganisationService organisation;
    private final CurrentUser user;

    public ChaseTask(LifecycleTasks tasks, CurrentStates states, DeadlineActions actions,
                     OrganisationService organisation, CurrentUser user) {
        super(tasks);
        this.states = states;
        this.actions = actions;
        this.organisation = organisation;
        this.user = user;
    }

    @Override
    protected Map<String, Object> inputs(DelegateTask task, Directive d) {
        DeadlineState state = states.of(d);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("overdueText", Messages.get(Messages.VIETNAMESE, "form.overdueText", state.workingDaysLate(),
                VietnameseFormat.date(state.effectiveDeadline())));
        form.put("currentStepText", d.currentStepName() == null ? "" : d.currentStepName()
                + (Actor.isPerson(d.currentActor()) ? " (" + organisation.displayName(d.currentActor()) + ")" : ""));
        form.put(FIELD_CHASE_METHOD, null);
        form.put(FIELD_CHASE_NOTE, null);
        return form;
    }

    @Override
    protected void completed(DelegateTask task, String directiveId) {
        actions.chased(directiveId, user.completing(task), task.getTaskDefinitionKey(),
                TaskForms.text(task, FIELD_CHASE_METHOD), TaskForms.text(task, FIELD_CHASE_NOTE));
    }
}
