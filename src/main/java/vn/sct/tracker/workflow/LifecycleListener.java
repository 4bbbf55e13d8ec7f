package vn.sct.tracker.workflow;

import static vn.sct.tracker.workflow.DirectiveLifecycle.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
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
import vn.sct.tracker.deadline.DeadlineState;
import vn.sct.tracker.deadline.DeadlineWatch;
import vn.sct.tracker.directive.DirectiveAction;
import vn.sct.tracker.directive.DirectiveRepository;
import vn.sct.tracker.notification.Notifier;
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
    private final DeadlineWatch deadlines;
    private final DirectiveRepository records;
    private final Notifier notifier;
    private final AuthorizationService authorizations;

    public LifecycleListener(DirectiveService directives, OrganisationService organisation,
                             IdentityService identity, TaskFacts facts, TaskService tasks, DeadlineWatch deadlines,
                             DirectiveRepository records, Notifier notifier, AuthorizationService authorizations) {
        this.authorizations = authorizations;
        this.tasks = tasks;
        this.deadlines = deadlines;
        this.records = records;
        this.notifier = notifier;
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
        deadlines.schedule(execution);
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
            case TASK_CHASE -> {
                DeadlineState state = deadlines.state(d);
                local.put("overdueText", "Quá hạn %d ngày làm việc (hạn %s)".formatted(state.workingDaysLate(),
                        DirectiveService.VN_DATE.format(state.effectiveDeadline())));
                local.put("currentStepText", d.currentStepName() == null ? "" : d.currentStepName()
                        + (d.currentActor() == null || d.currentActor().startsWith("group:") ? ""
                        : " (" + organisation.displayName(d.currentActor()) + ")"));
                local.put(FIELD_CHASE_METHOD, null);
                local.put(FIELD_CHASE_NOTE, null);
            }
            default -> throw new IllegalStateException("No form set-up for task " + key);
        }
        // Empty inputs are empty Strings, not nulls: Tasklist submits a value with the type of the
        // variable it found, and a Null-typed variable would swallow what the user chose.
        local.forEach((name, value) -> task.setVariableLocal(name, value == null ? "" : value));
        task.setDescription(d.id() + " · " + d.sourceSummary() + " · Hạn " + local.get("deadlineText"));
        dates(task, key);
        letDeputySee(task, d);
        if (isDirectiveStep(key)) {
            directives.stepStarted(d.id(), key, task.getName(), holder(task));
        }
        notifyHolder(task, d);
    }

    /**
     * Tasklist shows when a task is due and when to follow it up: the directive's deadline (a review step's
     * own limit if earlier; the next chase round for the Office's chase task) and its reminder moment.
     */
    private void dates(DelegateTask task, String key) {
        Date overdueAt = (Date) task.getVariable(VAR_OVERDUE_AT);
        Date reminderAt = (Date) task.getVariable(VAR_REMINDER_AT);
        Date due = overdueAt;
        if (TASK_CHASE.equals(key)) {
            due = (Date) task.getVariable(VAR_NEXT_CHASE_AT);
        } else if (TASK_REVIEW_BY_HEAD.equals(key) || TASK_REVIEW_BY_DEPUTY.equals(key)
                || TASK_SIGN_BY_DIRECTOR.equals(key)) {
            Date stepLimit = deadlines.reviewDue();
            due = overdueAt == null || stepLimit.before(overdueAt) ? stepLimit : overdueAt;
        }
        if (due != null) {
            task.setDueDate(new Date(due.getTime() - 60_000)); // 23:59 of the last day, not 00:00 of the next
        }
        if (reminderAt != null && !TASK_CHASE.equals(key) && (due == null || reminderAt.before(due))) {
            task.setFollowUpDate(reminderAt);
        }
    }

    /** Assignment notice by e-mail: to the assignee, or to the members of the candidate groups. */
    private void notifyHolder(DelegateTask task, Directive d) {
        List<String> to = new ArrayList<>();
        if (task.getAssignee() != null) {
            to.add(task.getAssignee());
        } else {
            task.getCandidates().stream().filter(link -> link.getGroupId() != null)
                    .forEach(link -> to.add("group:" + link.getGroupId()));
        }
        String due = task.getDueDate() == null ? "" : " · hạn " + DUE.format(task.getDueDate().toInstant()
                .atZone(vn.sct.tracker.common.AppClock.ZONE));
        notifier.send(to, "[Việc mới] %s: %s".formatted(d.id(), task.getName()),
                "Công việc \"%s\" của nhiệm vụ %s đang chờ xử lý%s.\nTrích yếu: %s".formatted(task.getName(), d.id(),
                        due, d.sourceSummary()));
    }

    /**
     * The deputy in charge of the lead division follows the directive's work: every task of it is
     * readable to them in Tasklist, through the group {@code div-<code>-deputy} (the grant goes with the task).
     */
    private void letDeputySee(DelegateTask task, Directive d) {
        if (d.leadDivision() == null || TASK_CHASE.equals(task.getTaskDefinitionKey())) {
            return;
        }
        String group = organisation.deputyFollowGroup(d.leadDivision());
        vn.sct.tracker.common.EngineInternal.withoutAuthorization(() -> {
            Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setResource(Resources.TASK);
            a.setResourceId(task.getId());
            a.setGroupId(group);
            a.addPermission(Permissions.READ);
            authorizations.saveAuthorization(a);
            return null;
        });
    }

    /** The Office's chase task is not a step of the directive's own work. */
    private static boolean isDirectiveStep(String key) {
        return !TASK_COORDINATING_OPINION.equals(key) && !TASK_CHASE.equals(key);
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
        if (isDirectiveStep(key) && assignee != null) {
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
        if (!FormValues.startOfDay(d.deadline()).equals(process.getVariable(VAR_DEADLINE_DATE))) {
            deadlines.schedule(process); // the Director set another deadline: the waiting timers move
        }
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

    /** Task_ChaseDirective completed: what the Office did to chase the directive. */
    public void chaseRecorded(DelegateTask task) {
        String method = FormValues.text(task.getVariableLocal(FIELD_CHASE_METHOD));
        String label = CHASE_METHODS.get(method == null ? "" : method);
        if (label == null) {
            throw new ValidationException(FIELD_CHASE_METHOD, "Hình thức đôn đốc", "phải chọn một hình thức trong danh sách");
        }
        String note = FormValues.text(task.getVariableLocal(FIELD_CHASE_NOTE));
        if (note == null) {
            throw new ValidationException(FIELD_CHASE_NOTE, "Kết quả đôn đốc", "bắt buộc phải nhập");
        }
        if (note.length() > 4000) {
            throw new ValidationException(FIELD_CHASE_NOTE, "Kết quả đôn đốc", "tối đa 4000 ký tự");
        }
        records.appendEvent(directiveId(task), actor(task), DirectiveAction.CHASED, task.getTaskDefinitionKey(),
                null, null, label + ": " + note);
    }

    private static final Map<String, String> CHASE_METHODS = Map.of("PHONE", "Gọi điện thoại",
            "LETTER", "Văn bản, phiếu đôn đốc", "MEETING", "Trao đổi trực tiếp, giao ban",
            "MESSAGE", "Thư điện tử, tin nhắn");
    private static final java.time.format.DateTimeFormatter DUE =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

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
