package vn.sct.tracker.process;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.sct.tracker.web.FormSubmissionRules;

/**
 * Which form a submission to Camunda's REST API goes to, looked up in the engine before the request reaches
 * it (without the caller's authorizations: the engine checks those itself when the request goes on).
 */
@Component
public class FormSubmissions implements FormSubmissionRules.FormOfSubmission {

    private final FormFields fields;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final FormService forms;
    private final EngineLookups engine;

    public FormSubmissions(FormFields fields, TaskService tasks, RepositoryService repository, FormService forms,
                           EngineLookups engine) {
        this.fields = fields;
        this.tasks = tasks;
        this.repository = repository;
        this.forms = forms;
        this.engine = engine;
    }

    @Override
    public Optional<Set<String>> ofTask(String taskId) {
        return internal(() -> {
            Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
            return task == null ? Optional.<Set<String>>empty() : formFields(task.getCamundaFormRef());
        });
    }

    @Override
    public Optional<Set<String>> ofStart(String keyOrId, boolean byKey) {
        return internal(() -> {
            ProcessDefinition pd = byKey
                    ? repository.createProcessDefinitionQuery().processDefinitionKey(keyOrId).latestVersion()
                            .withoutTenantId().singleResult()
                    : repository.createProcessDefinitionQuery().processDefinitionId(keyOrId).singleResult();
            if (pd == null) {
                return Optional.<Set<String>>empty();
            }
            var start = forms.getStartFormData(pd.getId());
            // a process without a start form is started by the product itself, never with a person's variables
            return start.getCamundaFormRef() == null ? Optional.of(Set.<String>of())
                    : formFields(start.getCamundaFormRef());
        });
    }

    private Optional<Set<String>> formFields(CamundaFormRef ref) {
        return ref == null ? Optional.empty() : fields.of(ref.getKey());
    }

    /** A malformed id is not found here; the engine answers it when the request goes on. */
    private Optional<Set<String>> internal(java.util.function.Supplier<Optional<Set<String>>> work) {
        try {
            return engine.read(work);
        } catch (RuntimeException notFound) {
            return Optional.empty();
        }
    }
}
