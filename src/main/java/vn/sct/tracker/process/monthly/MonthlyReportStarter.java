package vn.sct.tracker.process.monthly;

import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.sct.tracker.report.MonthlyReports;

/**
 * The Office opens the report of a month by hand (a month the timer missed, or before the day), as itself
 * (its grant to start {@code monthly-report}).
 */
@Component
public class MonthlyReportStarter {

    private final MonthlyReports monthly;
    private final RuntimeService runtime;

    public MonthlyReportStarter(MonthlyReports monthly, RuntimeService runtime) {
        this.monthly = monthly;
        this.runtime = runtime;
    }

    /** Starts the report's process; returns the report's id. */
    public String start(YearMonth month) {
        String id = monthly.checkOpenable(month);
        runtime.startProcessInstanceByKey(MonthlyReport.PROCESS_KEY, Map.of(MonthlyReport.VAR_REPORT_MONTH, month.toString()));
        return id;
    }
}
