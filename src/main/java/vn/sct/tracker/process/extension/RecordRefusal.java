package vn.sct.tracker.process.extension;

import static vn.sct.tracker.process.extension.DirectiveExtension.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.Actor;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.extension.ExtensionRequest;
import vn.sct.tracker.extension.ExtensionService;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.organisation.OrganisationService;

/** Task_RecordRefusal ("Ghi nhận không gia hạn, giữ nguyên thời hạn"): the deadline stays; the asker is told. */
@Component("recordExtensionRefusal")
public class RecordRefusal implements JavaDelegate {

    private final ExtensionService extensions;
    private final OrganisationService organisation;
    private final Notifier notifier;

    public RecordRefusal(ExtensionService extensions, OrganisationService organisation, Notifier notifier) {
        this.extensions = extensions;
        this.organisation = organisation;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExtensionRequest r = extensions.get((String) execution.getVariable(VAR_EXTENSION_ID));
        extensions.refuse(r.id(), Boolean.FALSE.equals(execution.getVariable(VAR_PROVINCE_GRANTED)));
        notifier.send(List.of(r.requestedBy(), Actor.group(organisation.headGroup(r.leadDivision()))),
                Messages.get(Messages.VIETNAMESE, "mail.extension.refused.subject", r.id(), r.directiveId()),
                Messages.get(Messages.VIETNAMESE, "mail.extension.refused.body", r.directiveId(),
                        VietnameseFormat.date(r.currentDeadline())));
    }
}
