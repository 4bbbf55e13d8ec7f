package vn.sct.tracker.process.extension;

import static vn.sct.tracker.process.extension.DirectiveExtension.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * A lead division asks for an extension through the API: the same process starts as from Tasklist's start
 * form, as the caller (the rules are checked when it starts); returns the request's id.
 */
@Component
public class ExtensionStarter {

    private final RuntimeService runtime;

    public ExtensionStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public String request(String directiveId, LocalDate proposedDeadline, String reason, String attachmentRef) {
        Map<String, Object> form = new HashMap<>();
        form.put(FIELD_DIRECTIVE_ID, directiveId);
        form.put(FIELD_PROPOSED_DEADLINE, proposedDeadline == null ? null : proposedDeadline.toString());
        form.put(FIELD_REASON, reason);
        form.put(FIELD_ATTACHMENT, attachmentRef);
        return runtime.startProcessInstanceByKey(PROCESS_KEY, form).getBusinessKey();
    }
}
