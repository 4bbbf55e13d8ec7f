package vn.sct.tracker.process.extension;

import static vn.sct.tracker.process.extension.DirectiveExtension.*;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.deadline.ReviewStepLimit;
import vn.sct.tracker.extension.ExtensionRequest;
import vn.sct.tracker.extension.ExtensionService;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.process.TaskForms;

/**
 * A user task of {@code directive-extension}, named in the diagram as its task listener for create and
 * complete: on create the form shows the request's facts and its inputs start empty; the task is named
 * after the request, due within a review step's limit, announced by e-mail; on complete the decision is
 * applied ({@link #completed}).
 */
abstract class ExtensionUserTask implements TaskListener {

    protected final ExtensionService extensions;
    private final ExtensionFacts facts;
    private final ReviewStepLimit limit;
    private final Notifier notifier;

    protected ExtensionUserTask(ExtensionService extensions, ExtensionFacts facts, ReviewStepLimit limit,
                                Notifier notifier) {
        this.extensions = extensions;
        this.facts = facts;
        this.limit = limit;
        this.notifier = notifier;
    }

    @Override
    public final void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            opened(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task, (String) task.getVariable(VAR_EXTENSION_ID));
        }
    }

    /** The form's inputs, as they start. */
    protected abstract Map<String, Object> inputs(ExtensionRequest r);

    /** What the submitted form decides. */
    protected abstract void completed(DelegateTask task, String extensionId);

    private void opened(DelegateTask task) {
        ExtensionRequest r = extensions.get((String) task.getVariable(VAR_EXTENSION_ID));
        task.setVariableLocal(TaskForms.EXTENSION_FACTS, facts.of(r));
        TaskForms.fill(task, inputs(r));
        task.setDescription(Messages.get(Messages.VIETNAMESE, "form.extension.description", r.id(), r.directiveId(),
                VietnameseFormat.date(r.proposedDeadline()), r.directorDeadline() == null ? ""
                        : Messages.get(Messages.VIETNAMESE, "form.extension.directorApproved",
                        VietnameseFormat.date(r.directorDeadline()))));
        task.setDueDate(new Date(limit.due().getTime() - 60_000));
        notifier.send(TaskForms.candidateGroups(task),
                Messages.get(Messages.VIETNAMESE, "mail.extension.task.subject", r.id(), task.getName()),
                Messages.get(Messages.VIETNAMESE, "mail.extension.task.body", r.id(), r.directiveId(), task.getName()));
    }
}
