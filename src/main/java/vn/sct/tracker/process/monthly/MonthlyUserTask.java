package vn.sct.tracker.process.monthly;

import static vn.sct.tracker.process.monthly.MonthlyReport.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.process.TaskForms;
import vn.sct.tracker.report.MonthlyReports;

/**
 * A user task of {@code monthly-report}, named in the diagram as its task listener for create and complete:
 * on create its form and description are set and the task announced by e-mail; on complete the form is
 * applied ({@link #completed}).
 */
abstract class MonthlyUserTask implements TaskListener {

    protected final MonthlyReports monthly;
    private final Notifier notifier;

    protected MonthlyUserTask(MonthlyReports monthly, Notifier notifier) {
        this.monthly = monthly;
        this.notifier = notifier;
    }

    @Override
    public final void notify(DelegateTask task) {
        String id = (String) task.getVariable(VAR_REPORT_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            TaskForms.fill(task, form(task, id));
            task.setDescription(description(task, id));
            String period = MonthlyReportLabels.period(monthly.header(id));
            notifier.send(TaskForms.candidateGroups(task),
                    Messages.get(Messages.VIETNAMESE, "mail.monthly.task.subject", id, task.getName()),
                    Messages.get(Messages.VIETNAMESE, "mail.monthly.task.body", period, task.getName()));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task, id);
        }
    }

    protected abstract Map<String, Object> form(DelegateTask task, String reportId);

    protected abstract String description(DelegateTask task, String reportId);

    protected abstract void completed(DelegateTask task, String reportId);
}
