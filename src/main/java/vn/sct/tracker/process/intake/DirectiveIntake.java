package vn.sct.tracker.process.intake;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sct.tracker.directive.RegisterDirective;
import vn.sct.tracker.intake.Intakes;

/**
 * A directive arriving from another system: registered and its lifecycle started in one transaction,
 * exactly as the Office's start form does it (the same variables, the same rules, as the caller), and
 * recorded under the source's key. The same key again returns the directive made the first time.
 */
@Component
public class DirectiveIntake {

    /** What a create did: the directive, and whether it existed already (a retried delivery). */
    public record Created(String directiveId, boolean existed) {
    }

    private final Intakes intakes;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final RepositoryService repository;

    public DirectiveIntake(Intakes intakes, RuntimeService runtime, IdentityService identity,
                           AuthorizationService authorizations, RepositoryService repository) {
        this.repository = repository;
        this.intakes = intakes;
        this.runtime = runtime;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    /**
     * Only who may start the lifecycle registers, and learns that a key is known: checked before the key is
     * looked up (the engine checks again when the process starts).
     */
    public void requireMayRegister() {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null) {
            return;
        }
        boolean may = authorizations.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
                Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, PROCESS_KEY)
                && authorizations.isUserAuthorized(caller.getUserId(), caller.getGroupIds(), Permissions.CREATE,
                Resources.PROCESS_INSTANCE);
        if (!may) {
            throw new AuthorizationException(caller.getUserId(), Permissions.CREATE_INSTANCE.getName(),
                    Resources.PROCESS_DEFINITION.resourceName(), PROCESS_KEY);
        }
    }

    /**
     * Registers {@code in} under {@code key} unless the key is known with the same content.
     *
     * @param keyField the name of the key's field, for a refusal
     * @throws vn.sct.tracker.common.ConflictException if the key is known with other content
     */
    @Transactional
    public Created create(String keyField, String key, RegisterDirective in, String proposedLead, String actor) {
        requireMayRegister();
        String fingerprint = Intakes.fingerprint(in, proposedLead);
        var known = intakes.known(keyField, key, fingerprint);
        if (known.isPresent()) {
            return new Created(known.get(), true);
        }
        String id = start(in, proposedLead);
        intakes.record(key, fingerprint, id, proposedLead, null, null, actor);
        return new Created(id, false);
    }

    /** Starts the lifecycle with the start form's fields; returns the directive's id (the business key). */
    String start(RegisterDirective in, String proposedLead) {
        return start(in, proposedLead, latestDefinition());
    }

    /** Starts a given version of the lifecycle (an import starts all its rows on the version it began with). */
    String start(RegisterDirective in, String proposedLead, String definitionId) {
        Map<String, Object> variables = formOf(in);
        if (proposedLead != null) {
            variables.put(VAR_PROPOSED_LEAD, Variables.stringValue(proposedLead, true));
        }
        return runtime.startProcessInstanceById(definitionId, variables).getBusinessKey();
    }

    /** The id of the lifecycle's latest version. */
    String latestDefinition() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion()
                .withoutTenantId().singleResult().getId();
    }

    /** The registration as the start form submits it. */
    static Map<String, Object> formOf(RegisterDirective in) {
        Map<String, Object> form = new HashMap<>();
        form.put(FIELD_SOURCE_TYPE, in.sourceType() == null ? null : in.sourceType().name());
        form.put(FIELD_SOURCE_DOC_NUMBER, in.sourceDocNumber());
        form.put(FIELD_SOURCE_DOC_DATE, in.sourceDocDate() == null ? null : in.sourceDocDate().toString());
        form.put(FIELD_SOURCE_ISSUER, in.sourceIssuer());
        form.put(FIELD_SOURCE_SUMMARY, in.sourceSummary());
        form.put(FIELD_CONTENT, in.content());
        form.put(FIELD_DEADLINE, in.deadline() == null ? null : in.deadline().toString());
        return form;
    }
}
