package vn.sct.tracker.process.lifecycle;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;

/** Task_AssignSpecialist ("Trưởng phòng chủ trì phân công chuyên viên"): the head picks the specialist. */
@Component("assignSpecialistTask")
public class AssignSpecialistTask extends LifecycleUserTask {

    private final DirectiveService directives;
    private final OrganisationService organisation;
    private final CurrentUser user;

    public AssignSpecialistTask(LifecycleTasks tasks, DirectiveService directives, OrganisationService organisation,
                                CurrentUser user) {
        super(tasks);
        this.directives = directives;
        this.organisation = organisation;
        this.user = user;
    }

    @Override
    protected Map<String, Object> inputs(DelegateTask task, Directive d) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(FIELD_SPECIALIST, null);
        form.put(FIELD_NOTE, null);
        form.put(OPTIONS_SPECIALISTS, TaskForms.json(organisation.userOptions(organisation.specialistsOf(d.leadDivision()))));
        return form;
    }

    @Override
    protected void completed(DelegateTask task, String directiveId) {
        String specialist = TaskForms.text(task, FIELD_SPECIALIST);
        directives.assignSpecialist(directiveId, user.completing(task), task.getTaskDefinitionKey(), specialist,
                TaskForms.text(task, FIELD_NOTE));
        task.getExecution().setVariable(VAR_SPECIALIST, specialist);
    }
}
