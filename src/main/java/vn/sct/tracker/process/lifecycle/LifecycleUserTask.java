package vn.sct.tracker.process.lifecycle;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.sct.tracker.directive.Directive;

/**
 * A user task of {@code directive-lifecycle}, named in the diagram as its task listener for the events
 * create, assignment and complete: on create the form gets its inputs ({@link #inputs}), on complete the
 * submitted form is applied ({@link #completed}); the rest every task shares ({@link LifecycleTasks}).
 */
abstract class LifecycleUserTask implements TaskListener {

    protected final LifecycleTasks tasks;

    protected LifecycleUserTask(LifecycleTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public final void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                Directive d = tasks.directive(task);
                tasks.opened(task, d, inputs(task, d));
            }
            case EVENTNAME_ASSIGNMENT -> tasks.assigned(task);
            case EVENTNAME_COMPLETE -> completed(task, LifecycleTasks.directiveId(task));
            default -> {
                // update, delete, timeout: nothing of the directive changes
            }
        }
    }

    /** The form's inputs and options, as they start. */
    protected abstract Map<String, Object> inputs(DelegateTask task, Directive d);

    /** What the submitted form changes. */
    protected abstract void completed(DelegateTask task, String directiveId);
}
