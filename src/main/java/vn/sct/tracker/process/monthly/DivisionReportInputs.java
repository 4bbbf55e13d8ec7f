package vn.sct.tracker.process.monthly;

import static vn.sct.tracker.process.monthly.MonthlyReport.*;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.sct.tracker.report.MonthlyReportForms;
import vn.sct.tracker.report.MonthlyReports;

/**
 * A division's monthly report form as it opens, whether the division fills it in or the Office enters one
 * received late: the division's figures and late items, the inputs empty, due within the division's last
 * day (23:59, so that "due in 3 working days" finds it).
 */
final class DivisionReportInputs {

    private DivisionReportInputs() {
    }

    static Map<String, Object> open(DelegateTask task, String reportId, MonthlyReports monthly,
                                    MonthlyReportForms forms, String... moreInputs) {
        Map<String, Object> form = forms.divisionForm(reportId, (String) task.getVariable(VAR_DIVISION));
        form.put(FIELD_FIGURES_CONFIRMED, false);
        form.put(FIELD_FIGURES_NOTE, "");
        form.put(FIELD_PROGRAMME_TASKS, "");
        for (String input : moreInputs) {
            form.put(input, "");
        }
        task.setDueDate(Date.from(monthly.header(reportId).divisionDueAt().minusSeconds(60)));
        return form;
    }
}
