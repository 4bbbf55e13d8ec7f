package vn.sct.tracker.process.lifecycle;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.EngineInternal;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;

/**
 * What every user task of {@code directive-lifecycle} does besides its own form: the form shows the
 * directive's facts; the task is named after the directive, timed, readable to the deputy in charge,
 * announced by e-mail; the record says which step is open and who holds it; a reassigned draft follows the
 * new specialist.
 */
@Component
class LifecycleTasks {

    private final DirectiveService directives;
    private final TaskFacts facts;
    private final TaskDates dates;
    private final OrganisationService organisation;
    private final AuthorizationService authorizations;
    private final Notifier notifier;
    private final CurrentUser user;

    LifecycleTasks(DirectiveService directives, TaskFacts facts, TaskDates dates, OrganisationService organisation,
                   AuthorizationService authorizations, Notifier notifier, CurrentUser user) {
        this.directives = directives;
        this.facts = facts;
        this.dates = dates;
        this.organisation = organisation;
        this.authorizations = authorizations;
        this.notifier = notifier;
        this.user = user;
    }

    static String directiveId(DelegateTask task) {
        return (String) task.getVariable(VAR_DIRECTIVE_ID);
    }

    Directive directive(DelegateTask task) {
        return directives.get(directiveId(task));
    }

    /** The line Tasklist shows under a task's name: the directive, its source, its deadline. */
    static String description(Directive d) {
        return Messages.get(Messages.VIETNAMESE, "form.taskDescription", d.id(), d.sourceSummary(),
                VietnameseFormat.date(d.deadline()));
    }

    /** A task was created with these form inputs. */
    void opened(DelegateTask task, Directive d, Map<String, Object> inputs) {
        Map<String, Object> form = facts.of(d);
        form.putAll(inputs);
        TaskForms.fill(task, form);
        task.setDescription(description(d));
        dates.set(task);
        String key = task.getTaskDefinitionKey();
        if (d.leadDivision() != null && !TASK_CHASE.equals(key)) {
            letDeputySee(task, d);
        }
        if (isDirectiveStep(key)) {
            directives.stepStarted(d.id(), key, task.getName(), TaskForms.holder(task));
        }
        announce(task, d);
    }

    /**
     * A task was assigned. On the drafting steps a change of assignee is a reassignment to another
     * specialist, which only the lead division's leaders may do; it is recorded and the revision step
     * follows the new specialist.
     */
    void assigned(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        String assignee = task.getAssignee();
        String id = directiveId(task);
        if ((TASK_DRAFT.equals(key) || TASK_REVISE_DRAFT.equals(key)) && assignee != null
                && !assignee.equals(task.getExecution().getVariable(VAR_SPECIALIST))) {
            String actor = user.id();
            directives.requireMayReassign(directives.get(id), actor);
            directives.reassign(id, actor, key, assignee);
            task.getExecution().setVariable(VAR_SPECIALIST, assignee);
        }
        if (isDirectiveStep(key) && assignee != null) {
            directives.stepStarted(id, key, task.getName(), assignee);
        }
    }

    /**
     * The deputy in charge of the lead division follows the directive's work: every task of it is readable
     * to them in Tasklist, through the group {@code div-<code>-deputy} (the grant goes with the task).
     */
    private void letDeputySee(DelegateTask task, Directive d) {
        String group = organisation.deputyFollowGroup(d.leadDivision());
        EngineInternal.withoutAuthorization(() -> {
            Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setResource(Resources.TASK);
            a.setResourceId(task.getId());
            a.setGroupId(group);
            a.addPermission(Permissions.READ);
            authorizations.saveAuthorization(a);
        });
    }

    /** Assignment notice by e-mail: to the assignee, or to the members of the candidate groups. */
    private void announce(DelegateTask task, Directive d) {
        List<String> to = new ArrayList<>();
        if (task.getAssignee() != null) {
            to.add(task.getAssignee());
        } else {
            to.addAll(TaskForms.candidateGroups(task));
        }
        String due = task.getDueDate() == null ? "" : Messages.get(Messages.VIETNAMESE, "mail.task.due",
                VietnameseFormat.moment(task.getDueDate().toInstant()));
        notifier.send(to, Messages.get(Messages.VIETNAMESE, "mail.task.subject", d.id(), task.getName()),
                Messages.get(Messages.VIETNAMESE, "mail.task.body", task.getName(), d.id(), due, d.sourceSummary()));
    }

    /** The Office's chase task and the coordinating opinions are not steps of the directive's own work. */
    private static boolean isDirectiveStep(String key) {
        return !TASK_COORDINATING_OPINION.equals(key) && !TASK_CHASE.equals(key);
    }
}
