package vn.sct.tracker.process;

import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.process.lifecycle.DirectiveLifecycle;

/** The open tasks of a directive (its lifecycle and its extension requests): what waits for whom. */
@Component
public class OpenTasks {

    /** One open task: the step, who holds it or may take it, since when, until when. */
    public record OpenTask(String id, String step, String name, String processKey, String assignee,
                           List<String> candidateGroups, OffsetDateTime created, OffsetDateTime due) {
    }

    private final TaskService tasks;
    private final EngineLookups engine;

    public OpenTasks(TaskService tasks, EngineLookups engine) {
        this.tasks = tasks;
        this.engine = engine;
    }

    /** For a directive the caller may read (checked before), oldest first. */
    public List<OpenTask> of(String directiveId) {
        return engine.read(() -> tasks.createTaskQuery()
                .processVariableValueEquals(DirectiveLifecycle.VAR_DIRECTIVE_ID, directiveId)
                .orderByTaskCreateTime().asc().list().stream().map(this::open).toList());
    }

    private OpenTask open(Task t) {
        List<String> groups = tasks.getIdentityLinksForTask(t.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        String processKey = t.getProcessDefinitionId() == null ? null : t.getProcessDefinitionId().split(":")[0];
        return new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), processKey, t.getAssignee(), groups,
                at(t.getCreateTime()), at(t.getDueDate()));
    }

    private static OffsetDateTime at(java.util.Date d) {
        return d == null ? null : d.toInstant().atZone(AppClock.ZONE).toOffsetDateTime();
    }
}
