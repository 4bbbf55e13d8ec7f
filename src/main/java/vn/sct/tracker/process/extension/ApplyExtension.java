package vn.sct.tracker.process.extension;

import static vn.sct.tracker.process.extension.DirectiveExtension.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.Actor;
import vn.sct.tracker.common.EngineInternal;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.extension.ExtensionRequest;
import vn.sct.tracker.extension.ExtensionService;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.process.lifecycle.DirectiveLifecycle;

/**
 * Task_ApplyExtension ("Cập nhật thời hạn mới, tính lại các mốc theo dõi"): the deadline moves, and the
 * directive's lifecycle is told ("Thời hạn được gia hạn"), whose deadline watch then starts over from the
 * new deadline. The asker, the division's head and the Office are told.
 */
@Component("applyExtension")
public class ApplyExtension implements JavaDelegate {

    private final ExtensionService extensions;
    private final RuntimeService runtime;
    private final OrganisationService organisation;
    private final Notifier notifier;

    public ApplyExtension(ExtensionService extensions, RuntimeService runtime, OrganisationService organisation,
                          Notifier notifier) {
        this.extensions = extensions;
        this.runtime = runtime;
        this.organisation = organisation;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExtensionRequest r = extensions.get((String) execution.getVariable(VAR_EXTENSION_ID));
        LocalDate date = extensions.grant(r.id());
        if (date == null) {
            return; // the directive was closed meanwhile
        }
        EngineInternal.withoutAuthorization(() -> runtime
                .createMessageCorrelation(DirectiveLifecycle.MESSAGE_DEADLINE_EXTENDED)
                .processInstanceBusinessKey(r.directiveId()).correlate());
        notifier.send(List.of(r.requestedBy(), Actor.group(organisation.headGroup(r.leadDivision())),
                        Actor.group(organisation.officeGroup())),
                Messages.get(Messages.VIETNAMESE, "mail.extension.granted.subject", r.id(), r.directiveId(),
                        VietnameseFormat.date(date)),
                Messages.get(Messages.VIETNAMESE, "mail.extension.granted.body", r.directiveId(),
                        VietnameseFormat.date(date)));
    }
}
