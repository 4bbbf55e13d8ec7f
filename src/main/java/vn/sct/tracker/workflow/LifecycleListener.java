package vn.sct.tracker.workflow;

import static vn.sct.tracker.workflow.DirectiveLifecycle.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.directive.RegisterDirective;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The thin glue between {@code directive-lifecycle} and the directive record, called from the diagram as
 * {@code ${lifecycle.…}}. It reads what the form submitted (task-local variables), hands it to
 * {@link DirectiveService}, and keeps only ids, routing decisions and dates in the process.
 */
@Component("lifecycle")
public class LifecycleListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DirectiveService directives;
    private final OrganisationService organisation;
    private final IdentityService identity;
    private final TaskFacts facts;
    private final TaskService tasks;

    public LifecycleListener(DirectiveService directives, OrganisationService organisation,
                             IdentityService identity, TaskFacts facts, TaskService tasks) {
        this.tasks = tasks;
        this.directives = directives;
        this.organisation = organisation;
        this.identity = identity;
        this.facts = facts;
    }

    /** Start event: the Office's registration creates the record; the process keeps only its id. */
    public void registered(DelegateExecution execution) {
        String actor = actor(null);
        RegisterDirective in = new RegisterDirective(
                FormValues.text(execution.getVariable(FIELD_SOURCE_TYPE)),
                FormValues.text(execution.getVariable(FIELD_SOURCE_DOC_NUMBER)),
                FormValues.date(execution.getVariable(FIELD_SOURCE_DOC_DATE), FIELD_SOURCE_DOC_DATE, "Ngày văn bản"),
                FormValues.text(execution.getVariable(FIELD_SOURCE_ISSUER)),
                FormValues.text(execution.getVariable(FIELD_SOURCE_SUMMARY)),
                FormValues.text(execution.getVariable(FIELD_CONTENT)),
                FormValues.date(execution.getVariable(FIELD_DEADLINE), FIELD_DEADLINE, "Thời hạn hoàn thành"));
        Directive d = directives.register(in, actor, execution.getProcessInstanceId());
        execution.setProcessBusinessKey(d.id());
        execution.removeVariables(List.of(FIELD_SOURCE_TYPE, FIELD_SOURCE_DOC_NUMBER, FIELD_SOURCE_DOC_DATE,
                FIELD_SOURCE_ISSUER, FIELD_SOURCE_SUMMARY, FIELD_CONTENT, FIELD_DEADLINE));
        execution.setVariable(VAR_DIRECTIVE_ID, d.id());
        execution.setVariable(VAR_DEADLINE_DATE, FormValues.startOfDay(d.deadline()));
    }

    /**
     * Every user task, on create: fills the form (facts, options, empty inputs as task-local variables),
     * names the task after the directive and records the open step.
     */
    public void taskCreated(DelegateTask task) {
        Directive d = directives.get(directiveId(task));
        String key = task.getTaskDefinitionKey();
        Map<String, Object> local = facts.of(d);
        switch (key) {
            case TASK_ASSIGN -> {
                local.put(FIELD_LEAD_DIVISION, d.leadDivision());
                local.put(FIELD_COORDINATING_DIVISIONS, json(d.coordinatingDivisions()));
                local.put(FIELD_DEPUTY_IN_CHARGE, d.deputyInCharge());
                local.put(FIELD_DEADLINE, d.deadline().toString());
                local.put(FIELD_ASSIGN_NOTE, null);
                local.put(OPTIONS_DIVISIONS, json(organisation.divisionOptions()));
                local.put(OPTIONS_DEPUTIES, json(organisation.userOptions(organisation.deputies())));
            }
            case TASK_ASSIGN_SPECIALIST -> {
                local.put(FIELD_SPECIALIST, null);
                local.put(FIELD_NOTE, null);
                local.put(OPTIONS_SPECIALISTS,
                        json(organisation.userOptions(organisation.specialistsOf(d.leadDivision()))));
            }
            case TASK_DRAFT, TASK_REVISE_DRAFT -> {
                local.put(FIELD_NOTE, null);
            }
            case TASK_COORDINATING_OPINION -> {
                String division = (String) task.getVariable(VAR_COORDINATING_DIVISION);
                local.put("coordinatingDivisionName", organisation.divisionName(division));
                local.put(FIELD_OPINION, null);
            }
            case TASK_REVIEW_BY_HEAD, TASK_REVIEW_BY_DEPUTY, TASK_SIGN_BY_DIRECTOR -> {
                local.put(FIELD_DECISION, null);
                local.put(FIELD_COMMENT, null);
            }
            case TASK_ISSUE_AND_CLOSE -> {
                local.put(FIELD_RESULT_DOC_NUMBER, null);
                local.put(FIELD_RESULT_DOC_DATE, null);
                local.put(FIELD_COMPLETION_REPORT, null);
            }
            default -> throw new IllegalStateException("No form set-up for task " + key);
        }
        // Empty inputs are empty Strings, not nulls: Tasklist submits a value with the type of the
        // variable it found, and a Null-typed variable would swallow what the user chose.
        local.forEach((name, value) -> task.setVariableLocal(name, value == null ? "" : value));
        task.setDescription(d.id() + " · " + d.sourceSummary() + " · Hạn " + local.get("deadlineText"));
        if (!TASK_COORDINATING_OPINION.equals(key)) {
            directives.stepStarted(d.id(), key, task.getName(), holder(task));
        }
    }

    /**
     * Every user task, on assignment. On the drafting steps a change of assignee is a reassignment to
     * another specialist, which only the lead division's leaders may do; it is recorded and the revision
     * step follows the new specialist.
     */
    public void taskAssigned(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        String assignee = task.getAssignee();
        String id = directiveId(task);
        if ((TASK_DRAFT.equals(key) || TASK_REVISE_DRAFT.equals(key)) && assignee != null
                && !assignee.equals(task.getExecution().getVariable(VAR_SPECIALIST))) {
            Directive d = directives.get(id);
            String actor = actor(null);
            if (actor != null && !organisation.isMember(actor, organisation.headGroup(d.leadDivision()))) {
                throw new ValidationException("assignee", "Người thụ lý",
                        "chỉ lãnh đạo " + organisation.divisionName(d.leadDivision())
                                + " mới được giao lại cho chuyên viên khác");
            }
            directives.reassign(id, actor, key, assignee);
            task.getExecution().setVariable(VAR_SPECIALIST, assignee);
        }
        if (!TASK_COORDINATING_OPINION.equals(key) && assignee != null) {
            directives.stepStarted(id, key, task.getName(), assignee);
        }
    }

    /** Task_AssignDirective completed: the Director's assignment. */
    public void directiveAssigned(DelegateTask task) {
        List<String> coordinating = FormValues.list(task.getVariableLocal(FIELD_COORDINATING_DIVISIONS),
                FIELD_COORDINATING_DIVISIONS, "Phòng phối hợp");
        LocalDate deadline = FormValues.date(task.getVariableLocal(FIELD_DEADLINE), FIELD_DEADLINE,
                "Thời hạn hoàn thành");
        Directive d = directives.assign(directiveId(task), actor(task), task.getTaskDefinitionKey(),
                FormValues.text(task.getVariableLocal(FIELD_LEAD_DIVISION)), coordinating,
                FormValues.text(task.getVariableLocal(FIELD_DEPUTY_IN_CHARGE)), deadline,
                FormValues.text(task.getVariableLocal(FIELD_ASSIGN_NOTE)));
        DelegateExecution process = task.getExecution();
        process.setVariable(VAR_LEAD_DIVISION, d.leadDivision());
        process.setVariable(VAR_COORDINATING_DIVISIONS, new ArrayList<>(d.coordinatingDivisions()));
        process.setVariable(VAR_DEPUTY_IN_CHARGE, d.deputyInCharge());
        process.setVariable(VAR_DEADLINE_DATE, FormValues.startOfDay(d.deadline()));
    }

    /** Task_AssignSpecialist completed: the head picked the specialist. */
    public void specialistAssigned(DelegateTask task) {
        String specialist = FormValues.text(task.getVariableLocal(FIELD_SPECIALIST));
        directives.assignSpecialist(directiveId(task), actor(task), task.getTaskDefinitionKey(), specialist,
                FormValues.text(task.getVariableLocal(FIELD_NOTE)));
        task.getExecution().setVariable(VAR_SPECIALIST, specialist);
    }

    /** Task_DraftResponse or Task_ReviseDraft completed: the draft goes to review. */
    public void draftSubmitted(DelegateTask task) {
        directives.submitDraft(directiveId(task), actor(task), task.getTaskDefinitionKey(),
                FormValues.text(task.getVariableLocal(FIELD_DRAFT_SUMMARY)),
                FormValues.text(task.getVariableLocal(FIELD_DRAFT_REFERENCE)),
                FormValues.text(task.getVariableLocal(FIELD_NOTE)));
    }

    /**
     * Task_CoordinatingOpinion completed (one instance per coordinating division). The specialist's open
     * draft form shows the new opinion at once.
     */
    public void opinionGiven(DelegateTask task) {
        String id = directiveId(task);
        directives.recordOpinion(id, actor(task), task.getTaskDefinitionKey(),
                (String) task.getVariable(VAR_COORDINATING_DIVISION),
                FormValues.text(task.getVariableLocal(FIELD_OPINION)));
        Map<String, Object> fresh = facts.of(directives.get(id));
        Map<String, Object> refreshed = Map.of("opinions", fresh.get("opinions"), "history", fresh.get("history"));
        CommandContext context = Context.getCommandContext();
        context.runWithoutAuthorization(() -> {
            for (Task draft : tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                    .taskDefinitionKey(TASK_DRAFT).list()) {
                tasks.setVariablesLocal(draft.getId(), refreshed);
            }
            return null;
        });
    }

    /** Task_ReviewByHead completed. */
    public void headReviewed(DelegateTask task) {
        task.getExecution().setVariable(VAR_HEAD_APPROVED, review(task));
    }

    /** Task_ReviewByDeputy completed. */
    public void deputyReviewed(DelegateTask task) {
        task.getExecution().setVariable(VAR_DEPUTY_APPROVED, review(task));
    }

    /** Task_SignByDirector completed: sign, or return to the specialist or to the deputy. */
    public void directorDecided(DelegateTask task) {
        String decision = directives.directorDecision(directiveId(task), actor(task), task.getTaskDefinitionKey(),
                FormValues.text(task.getVariableLocal(FIELD_DECISION)),
                FormValues.text(task.getVariableLocal(FIELD_COMMENT)));
        task.getExecution().setVariable(VAR_DIRECTOR_DECISION, decision);
    }

    /** Task_IssueAndClose completed: the result is issued; refused without a result. */
    public void closed(DelegateTask task) {
        directives.close(directiveId(task), actor(task), task.getTaskDefinitionKey(),
                FormValues.text(task.getVariableLocal(FIELD_RESULT_DOC_NUMBER)),
                FormValues.date(task.getVariableLocal(FIELD_RESULT_DOC_DATE), FIELD_RESULT_DOC_DATE, "Ngày ban hành"),
                FormValues.text(task.getVariableLocal(FIELD_COMPLETION_REPORT)));
    }

    private boolean review(DelegateTask task) {
        return directives.review(directiveId(task), actor(task), task.getTaskDefinitionKey(),
                FormValues.text(task.getVariableLocal(FIELD_DECISION)),
                FormValues.text(task.getVariableLocal(FIELD_COMMENT)));
    }

    private static String directiveId(DelegateTask task) {
        return (String) task.getVariable(VAR_DIRECTIVE_ID);
    }

    /** Who acts: the logged-in user; for a task completed without one (e.g. by the engine), its assignee. */
    private String actor(DelegateTask task) {
        Authentication auth = identity.getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return task == null ? null : task.getAssignee();
    }

    private String holder(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return task.getCandidates().stream().filter(link -> link.getGroupId() != null)
                .map(link -> "group:" + link.getGroupId()).findFirst().orElse(null);
    }

    private static Object json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
