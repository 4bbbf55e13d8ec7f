package vn.sct.tracker.extension;

import static vn.sct.tracker.extension.DirectiveExtension.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.sct.tracker.deadline.DeadlineState;
import vn.sct.tracker.deadline.DeadlineWatch;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.workflow.FormValues;

/**
 * The glue between {@code directive-extension} and the extension rules, called from the diagram as
 * {@code ${extension.…}}: reads the forms (task-local variables), hands them to {@link ExtensionService}
 * and keeps only ids and routing decisions in the process.
 */
@Component("extension")
public class ExtensionListener {

    private static final java.time.format.DateTimeFormatter VN_DATE = DirectiveService.VN_DATE;

    private final ExtensionService extensions;
    private final DirectiveService directives;
    private final DeadlineWatch watch;
    private final OrganisationService organisation;
    private final IdentityService identity;
    private final Notifier notifier;

    public ExtensionListener(ExtensionService extensions, DirectiveService directives, DeadlineWatch watch,
                             OrganisationService organisation, IdentityService identity, Notifier notifier) {
        this.extensions = extensions;
        this.directives = directives;
        this.watch = watch;
        this.organisation = organisation;
        this.identity = identity;
        this.notifier = notifier;
    }

    /** Start event: the lead division's request is validated and recorded. */
    public void requested(DelegateExecution execution) {
        ExtensionRequest r = extensions.request(FormValues.text(execution.getVariable(FIELD_DIRECTIVE_ID)),
                actor(), FormValues.text(execution.getVariable(FIELD_REASON)),
                FormValues.date(execution.getVariable(FIELD_PROPOSED_DEADLINE), FIELD_PROPOSED_DEADLINE,
                        "Thời hạn đề nghị"),
                FormValues.text(execution.getVariable(FIELD_ATTACHMENT)), execution.getProcessInstanceId());
        execution.removeVariables(List.of(FIELD_REASON, FIELD_PROPOSED_DEADLINE, FIELD_ATTACHMENT));
        execution.setProcessBusinessKey(r.id());
        execution.setVariable(VAR_EXTENSION_ID, r.id());
        execution.setVariable(VAR_DIRECTIVE_ID, r.directiveId());
        execution.setVariable(VAR_FROM_PROVINCE, directives.get(r.directiveId()).sourceType().fromProvince());
    }

    /** Every user task, on create: the request's facts for the form, empty inputs as task-local variables. */
    public void taskCreated(DelegateTask task) {
        ExtensionRequest r = extensions.get((String) task.getVariable(VAR_EXTENSION_ID));
        Directive d = directives.get(r.directiveId());
        DeadlineState state = watch.state(d);
        Map<String, Object> local = new LinkedHashMap<>();
        local.put("extensionFacts", """
                **Đề nghị:** %s của %s (%s), ngày %s
                **Nhiệm vụ:** %s · %s
                **Văn bản giao:** số %s ngày %s của %s (%s)
                **Thời hạn hiện tại:** %s · %s%s
                **Thời hạn đề nghị:** **%s**
                **Lý do:** %s%s%s%s""".formatted(r.id(), organisation.displayName(r.requestedBy()),
                organisation.divisionName(r.leadDivision()), VN_DATE.format(r.requestedAt().toLocalDate()),
                d.id(), d.sourceSummary(), d.sourceDocNumber(), VN_DATE.format(d.sourceDocDate()), d.sourceIssuer(),
                d.sourceType().label(), VN_DATE.format(d.deadline()), state.reportState().label(),
                state.workingDaysLate() > 0 ? " " + state.workingDaysLate() + " ngày làm việc" : "",
                VN_DATE.format(r.proposedDeadline()), r.reason(),
                r.attachmentRef() == null ? "" : "\n**Văn bản kèm theo:** " + r.attachmentRef(),
                r.officeOpinion() == null ? "" : "\n**Ý kiến Văn phòng:** "
                        + (Boolean.TRUE.equals(r.officeSupports()) ? "đề xuất đồng ý. " : "đề xuất không đồng ý. ")
                        + r.officeOpinion(),
                r.directorDecision() == null ? "" : "\n**Giám đốc:** " + (r.directorDeadline() == null
                        ? "không đồng ý" : "đồng ý gia hạn đến " + VN_DATE.format(r.directorDeadline()))
                        + (r.directorComment() == null ? "" : ". " + r.directorComment())));
        switch (task.getTaskDefinitionKey()) {
            case TASK_OFFICE_REVIEW -> {
                local.put(FIELD_OFFICE_OPINION, "");
                local.put(FIELD_OFFICE_SUPPORTS, "");
            }
            case TASK_DIRECTOR_DECISION -> {
                local.put(FIELD_DECISION, "");
                local.put(FIELD_OTHER_DEADLINE, "");
                local.put(FIELD_COMMENT, "");
            }
            case TASK_PROVINCE_ANSWER -> {
                local.put(FIELD_PROVINCE_ANSWER, "");
                local.put(FIELD_GRANTED_DEADLINE, r.directorDeadline() == null ? "" : r.directorDeadline().toString());
                local.put(FIELD_PROVINCE_DOC, "");
                local.put(FIELD_COMMENT, "");
            }
            default -> throw new IllegalStateException("No form set-up for task " + task.getTaskDefinitionKey());
        }
        task.setVariablesLocal(local);
        task.setDescription(r.id() + " · " + d.id() + " · đề nghị gia hạn đến " + VN_DATE.format(r.proposedDeadline())
                + (r.directorDeadline() == null ? "" : " · Giám đốc đồng ý đến " + VN_DATE.format(r.directorDeadline())));
        task.setDueDate(java.util.Date.from(watch.reviewDue().toInstant().minusSeconds(60)));
        List<String> to = task.getCandidates().stream().filter(l -> l.getGroupId() != null)
                .map(l -> "group:" + l.getGroupId()).toList();
        notifier.send(to, "[Gia hạn] %s: %s".formatted(r.id(), task.getName()),
                "Đề nghị gia hạn %s cho nhiệm vụ %s đang chờ: %s.".formatted(r.id(), d.id(), task.getName()));
    }

    public void officeReviewed(DelegateTask task) {
        extensions.officeReview(id(task), actor(), FormValues.text(task.getVariableLocal(FIELD_OFFICE_OPINION)),
                FormValues.text(task.getVariableLocal(FIELD_OFFICE_SUPPORTS)));
    }

    public void directorDecided(DelegateTask task) {
        LocalDate approved = extensions.directorDecision(id(task), actor(),
                FormValues.text(task.getVariableLocal(FIELD_DECISION)),
                FormValues.date(task.getVariableLocal(FIELD_OTHER_DEADLINE), FIELD_OTHER_DEADLINE,
                        "Thời hạn Giám đốc đồng ý"),
                FormValues.text(task.getVariableLocal(FIELD_COMMENT)));
        task.getExecution().setVariable(VAR_DIRECTOR_APPROVED, approved != null);
    }

    public void provinceAnswered(DelegateTask task) {
        LocalDate granted = extensions.provinceAnswer(id(task), actor(),
                FormValues.text(task.getVariableLocal(FIELD_PROVINCE_ANSWER)),
                FormValues.date(task.getVariableLocal(FIELD_GRANTED_DEADLINE), FIELD_GRANTED_DEADLINE,
                        "Thời hạn UBND tỉnh cho phép"),
                FormValues.text(task.getVariableLocal(FIELD_PROVINCE_DOC)),
                FormValues.text(task.getVariableLocal(FIELD_COMMENT)));
        task.getExecution().setVariable(VAR_PROVINCE_GRANTED, granted != null);
    }

    /** Service task: the deadline moves (the province's date if it answered, else the Director's). */
    public void apply(DelegateExecution execution) {
        ExtensionRequest r = extensions.get((String) execution.getVariable(VAR_EXTENSION_ID));
        LocalDate date = r.grantedDeadline() != null ? r.grantedDeadline() : r.directorDeadline();
        extensions.grant(r.id(), date);
        notifier.send(List.of(r.requestedBy(), "group:" + organisation.headGroup(r.leadDivision()),
                        "group:" + organisation.officeGroup()),
                "[Gia hạn] %s: đồng ý gia hạn %s đến %s".formatted(r.id(), r.directiveId(), VN_DATE.format(date)),
                "Nhiệm vụ %s được gia hạn đến %s.".formatted(r.directiveId(), VN_DATE.format(date)));
    }

    /** Service task: not extended. */
    public void refused(DelegateExecution execution) {
        ExtensionRequest r = extensions.get((String) execution.getVariable(VAR_EXTENSION_ID));
        extensions.refuse(r.id(), Boolean.FALSE.equals(execution.getVariable(VAR_PROVINCE_GRANTED)));
        notifier.send(List.of(r.requestedBy(), "group:" + organisation.headGroup(r.leadDivision())),
                "[Gia hạn] %s: không gia hạn %s".formatted(r.id(), r.directiveId()),
                "Đề nghị gia hạn nhiệm vụ %s không được chấp thuận; thời hạn giữ nguyên %s.".formatted(
                        r.directiveId(), VN_DATE.format(r.currentDeadline())));
    }

    private static String id(DelegateTask task) {
        return (String) task.getVariable(VAR_EXTENSION_ID);
    }

    private String actor() {
        Authentication auth = identity.getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
