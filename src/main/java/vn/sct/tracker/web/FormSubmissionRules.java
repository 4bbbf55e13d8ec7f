package vn.sct.tracker.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person may send with a task or a start form through Camunda's REST APIs: the form's own fields,
 * nothing else. A variable the form does not have ({@code leadDivision} sent with a draft, {@code status}
 * with a registration) would land in the process as it came and steer it. Writing a task's variables
 * directly is for administrators: Tasklist never does it, the forms submit.
 */
public final class FormSubmissionRules {

    /** The fields of the form a submission goes to, found by the engine. */
    public interface FormOfSubmission {
        /** The fields of a task's form; empty when the task is not found or has no form of the product. */
        Optional<Set<String>> ofTask(String taskId);

        /** The fields of a process's start form, by definition key or id; empty when not found. */
        Optional<Set<String>> ofStart(String keyOrId, boolean byKey);
    }

    private static final Pattern TASK_SUBMIT = Pattern.compile(".*/task/([^/]+)/(submit-form|complete|resolve)/?$");
    private static final Pattern START_BY_KEY = Pattern.compile(
            ".*/process-definition/key/([^/]+)(?:/tenant-id/[^/]+)?/(submit-form|start)/?$");
    private static final Pattern START_BY_ID = Pattern.compile(".*/process-definition/([^/]+)/(submit-form|start)/?$");
    private static final Pattern TASK_VARIABLES = Pattern.compile(".*/task/[^/]+/(variables|localVariables)(/.*)?$");

    private FormSubmissionRules() {
    }

    /** Whether the request writes a task's variables directly (refused unless by an administrator). */
    static boolean writesTaskVariables(String method, String path) {
        return !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)
                && TASK_VARIABLES.matcher(path).matches();
    }

    /** The first variable of the body that is not a field of its form, if any. */
    static Optional<String> foreignVariable(String path, JsonNode body, FormOfSubmission forms) {
        Optional<Set<String>> fields = fieldsFor(path, forms);
        if (fields.isEmpty() || !body.isObject()) {
            return Optional.empty();
        }
        List<String> sent = new ArrayList<>();
        body.path("variables").fieldNames().forEachRemaining(sent::add);
        return sent.stream().filter(name -> !fields.get().contains(name)).sorted().findFirst();
    }

    private static Optional<Set<String>> fieldsFor(String path, FormOfSubmission forms) {
        Matcher task = TASK_SUBMIT.matcher(path);
        if (task.matches()) {
            return forms.ofTask(task.group(1));
        }
        Matcher byKey = START_BY_KEY.matcher(path);
        if (byKey.matches()) {
            return forms.ofStart(byKey.group(1), true);
        }
        Matcher byId = START_BY_ID.matcher(path);
        if (byId.matches() && !"key".equals(byId.group(1))) {
            return forms.ofStart(byId.group(1), false);
        }
        return Optional.empty();
    }
}
