package vn.sct.tracker.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.sct.tracker.common.Actor;
import vn.sct.tracker.common.FormValues;
import vn.sct.tracker.report.MonthlyReportForms;

/** How the product's forms meet Tasklist: inputs are task-local, lists and options are JSON. */
public final class TaskForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Task variables that only show what the record and its trail already hold (the forms never submit them
     * as an input): the directive's facts and content, its trail, the opinions, the extension's facts, the monthly report's figures, late items and division reports; and
     * the option lists of the forms' selects, named {@code ...Options} (the choice goes back under the
     * field's own key).
     */
    public static final String DIRECTIVE_FACTS = "directiveFacts";
    public static final String CONTENT = "content";
    public static final String HISTORY = "history";
    public static final String OPINIONS = "opinions";
    public static final String EXTENSION_FACTS = "extensionFacts";
    public static final Set<String> DISPLAY_COPIES = Set.of(DIRECTIVE_FACTS, CONTENT, HISTORY, OPINIONS, EXTENSION_FACTS,
            MonthlyReportForms.REPORT_FACTS, MonthlyReportForms.LATE_ITEMS, MonthlyReportForms.DIVISION_REPORTS);
    public static final String OPTIONS_SUFFIX = "Options";

    /** Whether a task variable of this name is a read-only copy ({@link #DISPLAY_COPIES} or an option list). */
    public static boolean isDisplayCopy(String name) {
        return name != null && (DISPLAY_COPIES.contains(name) || name.endsWith(OPTIONS_SUFFIX));
    }

    private TaskForms() {
    }

    /**
     * Puts a form's values on the task. Empty inputs are empty Strings, not nulls: Tasklist submits a value
     * with the type of the variable it found, and a Null-typed variable would swallow what the user chose.
     */
    public static void fill(DelegateTask task, Map<String, Object> values) {
        values.forEach((name, value) -> task.setVariableLocal(name, value == null ? "" : value));
    }

    /** A JSON variable (lists and select options). */
    public static Object json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the user entered in a task's form. */
    public static String text(DelegateTask task, String field) {
        return FormValues.text(task.getVariableLocal(field));
    }

    /** The candidate groups of a task, as recipients. */
    public static List<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream().filter(link -> link.getGroupId() != null)
                .map(link -> Actor.group(link.getGroupId())).toList();
    }

    /** Who holds a task: its assignee, else its first candidate group. */
    public static String holder(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return candidateGroups(task).stream().findFirst().orElse(null);
    }
}
