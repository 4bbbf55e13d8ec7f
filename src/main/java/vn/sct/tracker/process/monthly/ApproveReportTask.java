package vn.sct.tracker.process.monthly;

import static vn.sct.tracker.process.monthly.MonthlyReport.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;
import vn.sct.tracker.report.MonthlyReportForms;
import vn.sct.tracker.report.MonthlyReportRepository;
import vn.sct.tracker.report.MonthlyReports;

/**
 * Task_ApproveReport ("Giám đốc phê duyệt báo cáo"): approve, or return it to the Office with a comment; the
 * gateway after it reads whether approved.
 */
@Component("approveReportTask")
public class ApproveReportTask extends MonthlyUserTask {

    private final MonthlyReportForms forms;
    private final CurrentUser user;

    public ApproveReportTask(MonthlyReports monthly, Notifier notifier, MonthlyReportForms forms, CurrentUser user) {
        super(monthly, notifier);
        this.forms = forms;
        this.user = user;
    }

    @Override
    protected Map<String, Object> form(DelegateTask task, String reportId) {
        MonthlyReportRepository.Header h = monthly.header(reportId);
        Map<String, Object> form = forms.approveForm(reportId);
        form.put(FIELD_OFFICE_SUMMARY, h.officeSummary());
        form.put(FIELD_DOCUMENT_NUMBER, h.documentNumber() == null
                ? Messages.get(Messages.VIETNAMESE, "form.monthly.noNumber") : h.documentNumber());
        form.put(FIELD_DECISION, "");
        form.put(FIELD_COMMENT, "");
        return form;
    }

    @Override
    protected String description(DelegateTask task, String reportId) {
        return forms.approveTaskDescription(reportId);
    }

    @Override
    protected void completed(DelegateTask task, String reportId) {
        boolean approved = monthly.directorDecided(reportId, user.id(), TaskForms.text(task, FIELD_DECISION),
                TaskForms.text(task, FIELD_COMMENT));
        task.getExecution().setVariable(VAR_DIRECTOR_APPROVED, approved);
    }
}
