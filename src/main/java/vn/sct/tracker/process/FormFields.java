package vn.sct.tracker.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.ValidationException;

/**
 * The fields of the product's Camunda Forms ({@code forms/*.form}), read once: a form submits its own
 * fields and nothing else. A variable a form does not have would otherwise land in the process as it came
 * (a {@code leadDivision} or {@code status} sent along with the registration).
 */
@Component
public class FormFields {

    private final Map<String, Set<String>> fields = new HashMap<>();

    public FormFields() {
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = r.getInputStream()) {
                    JsonNode form = json.readTree(in);
                    Set<String> keys = new LinkedHashSet<>();
                    collect(form, keys);
                    fields.put(form.path("id").asText(), Set.copyOf(keys));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the forms", e);
        }
    }

    private static void collect(JsonNode node, Set<String> keys) {
        for (JsonNode c : node.path("components")) {
            if (c.hasNonNull("key")) {
                keys.add(c.get("key").asText());
            }
            collect(c, keys);
        }
    }

    /** The fields of a form by its id, if the product has that form. */
    public Optional<Set<String>> of(String formId) {
        return Optional.ofNullable(fields.get(formId));
    }

    /** The first of {@code names} the form does not have, if any. */
    public Optional<String> firstForeign(String formId, Collection<String> names) {
        Set<String> allowed = of(formId).orElse(Set.of());
        return names.stream().filter(n -> !allowed.contains(n)).sorted().findFirst();
    }

    /**
     * A process started through its start form holds only that form's fields and the initiator the engine
     * records (whatever the way it was started: Tasklist, the engine's REST API, the product's API);
     * anything else is refused. The initiator is the person starting, whatever was sent under its name.
     * {@code transientInputs} are what the product itself passes along for the first step and never stores
     * (transient variables); Camunda's REST API refuses them before they get here ({@link FormSubmissions}).
     */
    public void requireOnlyFormFields(DelegateExecution start, String formId, String initiator, String userId,
                                      String... transientInputs) {
        Set<String> sent = new LinkedHashSet<>(start.getVariableNames());
        sent.remove(initiator);
        for (String name : transientInputs) {
            if (sent.contains(name) && start.getVariableTyped(name) != null
                    && start.getVariableTyped(name).isTransient()) {
                sent.remove(name);
            }
        }
        firstForeign(formId, sent).ifPresent(name -> {
            throw refusal(name);
        });
        start.setVariable(initiator, userId);
    }

    /** The refusal of a variable that is not a field of the form. */
    public static ValidationException refusal(String name) {
        return new ValidationException(name, "reason.notAFormField", name).labelled("label.variable", name);
    }
}
