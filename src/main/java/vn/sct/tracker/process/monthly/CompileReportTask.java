package vn.sct.tracker.process.monthly;

import static vn.sct.tracker.process.monthly.MonthlyReport.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;
import vn.sct.tracker.report.MonthlyReportForms;
import vn.sct.tracker.report.MonthlyReportRepository;
import vn.sct.tracker.report.MonthlyReports;

/** Task_CompileReport ("Văn phòng tổng hợp báo cáo"): the Office's assessment and number; the figures are kept. */
@Component("compileReportTask")
public class CompileReportTask extends MonthlyUserTask {

    private final MonthlyReportForms forms;
    private final CurrentUser user;

    public CompileReportTask(MonthlyReports monthly, Notifier notifier, MonthlyReportForms forms, CurrentUser user) {
        super(monthly, notifier);
        this.forms = forms;
        this.user = user;
    }

    @Override
    protected Map<String, Object> form(DelegateTask task, String reportId) {
        MonthlyReportRepository.Header h = monthly.header(reportId);
        Map<String, Object> form = forms.compileForm(reportId);
        form.put(FIELD_OFFICE_SUMMARY, h.officeSummary() == null ? "" : h.officeSummary());
        form.put(FIELD_DOCUMENT_NUMBER, h.documentNumber() == null ? "" : h.documentNumber());
        form.put("directorComment", h.directorComment() == null ? "" : h.directorComment());
        return form;
    }

    @Override
    protected String description(DelegateTask task, String reportId) {
        return forms.compileTaskDescription(reportId);
    }

    @Override
    protected void completed(DelegateTask task, String reportId) {
        monthly.compiled(reportId, user.id(), TaskForms.text(task, FIELD_OFFICE_SUMMARY),
                TaskForms.text(task, FIELD_DOCUMENT_NUMBER));
    }
}
