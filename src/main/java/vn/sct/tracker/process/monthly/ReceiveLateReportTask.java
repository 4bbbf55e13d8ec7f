package vn.sct.tracker.process.monthly;

import static vn.sct.tracker.process.monthly.MonthlyReport.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.process.CurrentUser;
import vn.sct.tracker.process.TaskForms;
import vn.sct.tracker.report.DivisionReportStatus;
import vn.sct.tracker.report.LateReportOutcome;
import vn.sct.tracker.report.MonthlyReportForms;
import vn.sct.tracker.report.MonthlyReports;

/**
 * Task_ReceiveLateReport ("Văn phòng đôn đốc, tiếp nhận báo cáo muộn"), after a division's deadline: the
 * Office enters the report received late, or records that none came.
 */
@Component("receiveLateReportTask")
public class ReceiveLateReportTask extends MonthlyUserTask {

    private final MonthlyReportForms forms;
    private final CurrentUser user;

    public ReceiveLateReportTask(MonthlyReports monthly, Notifier notifier, MonthlyReportForms forms,
                                 CurrentUser user) {
        super(monthly, notifier);
        this.forms = forms;
        this.user = user;
    }

    @Override
    protected Map<String, Object> form(DelegateTask task, String reportId) {
        return DivisionReportInputs.open(task, reportId, monthly, forms, FIELD_LATE_OUTCOME);
    }

    @Override
    protected String description(DelegateTask task, String reportId) {
        return forms.divisionTaskDescription(reportId, (String) task.getVariable(VAR_DIVISION));
    }

    @Override
    protected void completed(DelegateTask task, String reportId) {
        String division = (String) task.getVariable(VAR_DIVISION);
        LateReportOutcome outcome = LateReportOutcome.parse(TaskForms.text(task, FIELD_LATE_OUTCOME))
                .orElseThrow(() -> new ValidationException(FIELD_LATE_OUTCOME, "reason.monthly.chooseOutcome"));
        if (outcome == LateReportOutcome.NOT_REPORTED) {
            monthly.divisionMissed(reportId, division, user.id());
            return;
        }
        monthly.divisionReported(reportId, division, DivisionReportStatus.LATE_ENTERED,
                Boolean.TRUE.equals(task.getVariableLocal(FIELD_FIGURES_CONFIRMED)),
                TaskForms.text(task, FIELD_FIGURES_NOTE), TaskForms.text(task, FIELD_EXPLANATIONS),
                TaskForms.text(task, FIELD_PROGRAMME_TASKS), user.id());
    }
}
