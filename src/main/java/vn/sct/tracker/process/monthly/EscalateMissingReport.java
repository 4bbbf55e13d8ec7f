package vn.sct.tracker.process.monthly;

import static vn.sct.tracker.process.monthly.MonthlyReport.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sct.tracker.report.MonthlyReports;

/** Task_EscalateMissingReport ("Báo Văn phòng: phòng chưa gửi báo cáo"), on the division's deadline. */
@Component("escalateMissingReport")
public class EscalateMissingReport implements JavaDelegate {

    private final MonthlyReports monthly;

    public EscalateMissingReport(MonthlyReports monthly) {
        this.monthly = monthly;
    }

    @Override
    public void execute(DelegateExecution execution) {
        monthly.escalateMissing((String) execution.getVariable(VAR_REPORT_ID), (String) execution.getVariable(VAR_DIVISION));
    }
}
