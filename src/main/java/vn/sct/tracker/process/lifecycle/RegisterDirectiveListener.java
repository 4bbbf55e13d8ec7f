package vn.sct.tracker.process.lifecycle;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.FormValues;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.directive.RegisterDirective;
import vn.sct.tracker.directive.SourceType;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.FormFields;

/**
 * StartEvent_DirectiveRegistered ("Văn phòng đăng ký nhiệm vụ"): the Office's registration creates the
 * record; the process keeps only its id (as business key too) and plans the deadline watch.
 */
@Component("registerDirective")
public class RegisterDirectiveListener implements ExecutionListener {

    private final DirectiveService directives;
    private final DeadlineWatch watch;
    private final CurrentUser user;

    private final FormFields forms;

    public RegisterDirectiveListener(DirectiveService directives, DeadlineWatch watch, CurrentUser user,
                                     FormFields forms) {
        this.directives = directives;
        this.watch = watch;
        this.user = user;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateExecution execution) {
        forms.requireOnlyFormFields(execution, FORM_REGISTER, VAR_REGISTERED_BY, user.id(), VAR_PROPOSED_LEAD);
        RegisterDirective in = new RegisterDirective(
                SourceType.parse(FormValues.text(execution.getVariable(FIELD_SOURCE_TYPE))).orElse(null),
                FormValues.text(execution.getVariable(FIELD_SOURCE_DOC_NUMBER)),
                FormValues.date(execution.getVariable(FIELD_SOURCE_DOC_DATE), FIELD_SOURCE_DOC_DATE),
                FormValues.text(execution.getVariable(FIELD_SOURCE_ISSUER)),
                FormValues.text(execution.getVariable(FIELD_SOURCE_SUMMARY)),
                FormValues.text(execution.getVariable(FIELD_CONTENT)),
                FormValues.date(execution.getVariable(FIELD_DEADLINE), FIELD_DEADLINE));
        Directive d = directives.register(in, user.id(), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(d.id());
        execution.removeVariables(List.of(FIELD_SOURCE_TYPE, FIELD_SOURCE_DOC_NUMBER, FIELD_SOURCE_DOC_DATE,
                FIELD_SOURCE_ISSUER, FIELD_SOURCE_SUMMARY, FIELD_CONTENT, FIELD_DEADLINE));
        execution.setVariable(VAR_DIRECTIVE_ID, d.id());
        watch.plan(execution, d.id());
    }
}
