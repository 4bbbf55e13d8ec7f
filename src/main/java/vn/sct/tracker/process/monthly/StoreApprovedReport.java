package vn.sct.tracker.process.monthly;

import static vn.sct.tracker.process.monthly.MonthlyReport.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sct.tracker.report.MonthlyReports;

/** Task_StoreApprovedReport ("Lưu báo cáo đã phê duyệt"): the approved report is final. */
@Component("storeApprovedReport")
public class StoreApprovedReport implements JavaDelegate {

    private final MonthlyReports monthly;

    public StoreApprovedReport(MonthlyReports monthly) {
        this.monthly = monthly;
    }

    @Override
    public void execute(DelegateExecution execution) {
        monthly.store((String) execution.getVariable(VAR_REPORT_ID));
    }
}
