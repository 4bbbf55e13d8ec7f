package vn.sct.tracker.process.extension;

import static vn.sct.tracker.process.extension.DirectiveExtension.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.FormValues;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.extension.ExtensionRequest;
import vn.sct.tracker.extension.ExtensionService;
import vn.sct.tracker.extension.RequestExtension;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.FormFields;

/**
 * StartEvent_ExtensionRequested ("Phòng chủ trì đề nghị gia hạn"): the lead division's request is validated
 * and recorded; the process keeps its id, the directive's id and whether the province must answer.
 */
@Component("extensionRequested")
public class ExtensionRequestedListener implements ExecutionListener {

    private final ExtensionService extensions;
    private final DirectiveService directives;
    private final CurrentUser user;

    private final FormFields forms;

    public ExtensionRequestedListener(ExtensionService extensions, DirectiveService directives, CurrentUser user,
                                      FormFields forms) {
        this.extensions = extensions;
        this.directives = directives;
        this.user = user;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateExecution execution) {
        forms.requireOnlyFormFields(execution, FORM_REQUEST, VAR_REQUESTED_BY, user.id());
        ExtensionRequest r = extensions.request(new RequestExtension(
                FormValues.text(execution.getVariable(FIELD_DIRECTIVE_ID)),
                FormValues.text(execution.getVariable(FIELD_REASON)),
                FormValues.date(execution.getVariable(FIELD_PROPOSED_DEADLINE), FIELD_PROPOSED_DEADLINE),
                FormValues.text(execution.getVariable(FIELD_ATTACHMENT))), user.id(), execution.getProcessInstanceId());
        execution.removeVariables(List.of(FIELD_REASON, FIELD_PROPOSED_DEADLINE, FIELD_ATTACHMENT));
        execution.setProcessBusinessKey(r.id());
        execution.setVariable(VAR_EXTENSION_ID, r.id());
        execution.setVariable(VAR_DIRECTIVE_ID, r.directiveId());
        execution.setVariable(VAR_FROM_PROVINCE, directives.get(r.directiveId()).sourceType().fromProvince());
    }
}
