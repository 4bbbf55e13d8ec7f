package vn.sct.tracker.process.monthly;

import static vn.sct.tracker.process.monthly.MonthlyReport.*;

import java.time.YearMonth;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.InputDates;
import vn.sct.tracker.report.MonthlyReports;

/**
 * Task_OpenReportPeriod ("Mở kỳ báo cáo, tính số liệu từng phòng"): opens this month's report (or the month
 * the Office asked for), unless it is open already; then the diagram ends quietly.
 */
@Component("openReportPeriod")
public class OpenReportPeriod implements JavaDelegate {

    private final MonthlyReports monthly;

    public OpenReportPeriod(MonthlyReports monthly) {
        this.monthly = monthly;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object asked = execution.getVariable(VAR_REPORT_MONTH);
        YearMonth month = asked == null ? YearMonth.from(AppClock.today())
                : InputDates.month(asked.toString(), VAR_REPORT_MONTH);
        MonthlyReports.Opened opened = monthly.open(month, execution.getProcessInstanceId());
        execution.setVariable(VAR_REPORT_ID, opened.id());
        execution.setVariable(VAR_REPORT_MONTH, month.toString());
        execution.setVariable(VAR_ALREADY_OPEN, opened.alreadyOpen());
        if (!opened.alreadyOpen()) {
            execution.setProcessBusinessKey(opened.id());
            execution.setVariable(VAR_DIVISION_DUE_AT, Date.from(opened.divisionDueAt()));
        }
    }
}
