package vn.sct.tracker.process.lifecycle;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.FormValues;
import vn.sct.tracker.directive.AssignDirective;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;

/**
 * Task_AssignDirective ("Giám đốc giao nhiệm vụ"): the Director names the lead and coordinating divisions,
 * the deputy in charge and the deadline; another deadline moves the waiting timers.
 */
@Component("assignDirectiveTask")
public class AssignDirectiveTask extends LifecycleUserTask {

    private final DirectiveService directives;
    private final OrganisationService organisation;
    private final DeadlineWatch watch;
    private final CurrentUser user;

    public AssignDirectiveTask(LifecycleTasks tasks, DirectiveService directives, OrganisationService organisation,
                               DeadlineWatch watch, CurrentUser user) {
        super(tasks);
        this.directives = directives;
        this.organisation = organisation;
        this.watch = watch;
        this.user = user;
    }

    @Override
    protected Map<String, Object> inputs(DelegateTask task, Directive d) {
        Map<String, Object> form = new LinkedHashMap<>();
        // a directive that arrived with a proposed lead division (an import, the API) has it preselected
        form.put(FIELD_LEAD_DIVISION, d.leadDivision() != null ? d.leadDivision()
                : FormValues.text(task.getVariable(VAR_PROPOSED_LEAD)));
        form.put(FIELD_COORDINATING_DIVISIONS, TaskForms.json(d.coordinatingDivisions()));
        form.put(FIELD_DEPUTY_IN_CHARGE, d.deputyInCharge());
        form.put(FIELD_DEADLINE, d.deadline().toString());
        form.put(FIELD_ASSIGN_NOTE, null);
        form.put(OPTIONS_DIVISIONS, TaskForms.json(organisation.divisionOptions()));
        form.put(OPTIONS_DEPUTIES, TaskForms.json(organisation.userOptions(organisation.deputies())));
        return form;
    }

    @Override
    protected void completed(DelegateTask task, String directiveId) {
        AssignDirective in = new AssignDirective(TaskForms.text(task, FIELD_LEAD_DIVISION),
                FormValues.list(task.getVariableLocal(FIELD_COORDINATING_DIVISIONS), FIELD_COORDINATING_DIVISIONS),
                TaskForms.text(task, FIELD_DEPUTY_IN_CHARGE),
                FormValues.date(task.getVariableLocal(FIELD_DEADLINE), FIELD_DEADLINE),
                TaskForms.text(task, FIELD_ASSIGN_NOTE));
        Directive d = directives.assign(directiveId, user.completing(task), task.getTaskDefinitionKey(), in);
        DelegateExecution process = task.getExecution();
        process.setVariable(VAR_LEAD_DIVISION, d.leadDivision());
        process.setVariable(VAR_COORDINATING_DIVISIONS, new ArrayList<>(d.coordinatingDivisions()));
        process.setVariable(VAR_DEPUTY_IN_CHARGE, d.deputyInCharge());
        if (DeadlineWatch.watchesAnotherDeadline(process, d.deadline())) {
            watch.plan(process, d.id());
        }
    }
}
