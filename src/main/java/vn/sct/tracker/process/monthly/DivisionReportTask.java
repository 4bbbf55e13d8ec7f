package vn.sct.tracker.process.monthly;

import static vn.sct.tracker.process.monthly.MonthlyReport.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;
import vn.sct.tracker.report.DivisionReportStatus;
import vn.sct.tracker.report.MonthlyReportForms;
import vn.sct.tracker.report.MonthlyReports;

/**
 * Task_DivisionReport ("Lãnh đạo phòng xác nhận số liệu, giải trình, đăng ký nhiệm vụ"): the division head
 * confirms the figures (or says what is wrong with them), explains every late directive, registers tasks
 * for the province's programme.
 */
@Component("divisionReportTask")
public class DivisionReportTask extends MonthlyUserTask {

    private final MonthlyReportForms forms;
    private final CurrentUser user;

    public DivisionReportTask(MonthlyReports monthly, Notifier notifier, MonthlyReportForms forms, CurrentUser user) {
        super(monthly, notifier);
        this.forms = forms;
        this.user = user;
    }

    @Override
    protected Map<String, Object> form(DelegateTask task, String reportId) {
        return DivisionReportInputs.open(task, reportId, monthly, forms);
    }

    @Override
    protected String description(DelegateTask task, String reportId) {
        return forms.divisionTaskDescription(reportId, (String) task.getVariable(VAR_DIVISION));
    }

    @Override
    protected void completed(DelegateTask task, String reportId) {
        boolean confirmed = Boolean.TRUE.equals(task.getVariableLocal(FIELD_FIGURES_CONFIRMED));
        monthly.divisionReported(reportId, (String) task.getVariable(VAR_DIVISION),
                confirmed ? DivisionReportStatus.CONFIRMED : DivisionReportStatus.QUESTIONED, confirmed,
                TaskForms.text(task, FIELD_FIGURES_NOTE), TaskForms.text(task, FIELD_EXPLANATIONS),
                TaskForms.text(task, FIELD_PROGRAMME_TASKS), user.id());
    }
}
