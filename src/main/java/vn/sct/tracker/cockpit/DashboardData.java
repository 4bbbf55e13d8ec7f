package vn.sct.tracker.cockpit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.sct.tracker.report.AccountabilityItem;
import vn.sct.tracker.report.DivisionFigures;
import vn.sct.tracker.report.WorkloadRow;

/**
 * What the dashboard shows, as JSON.
 *
 * @param period      the period's key (this-month, previous-month, this-year)
 * @param periodLabel e.g. "tháng 11/2026", "từ 01/01/2026 đến 31/12/2026"
 * @param from        first day of the period
 * @param to          last day of the period
 * @param asOf        the moment the directives were classified at
 * @param divisions   one row per division
 * @param total       the Department's total row
 * @param overdue     directives open past their deadline (accountability items in state OPEN_OVERDUE), the
 *                    first {@value DashboardResource#OVERDUE_SHOWN} of them
 * @param overdueCount how many directives are open past their deadline in all
 * @param workload    open work now: division rows (userId null) followed by their people
 */
record DashboardData(String period, String periodLabel, LocalDate from, LocalDate to, OffsetDateTime asOf,
                     List<DivisionFigures> divisions, DivisionFigures total, List<AccountabilityItem> overdue, int overdueCount,
                     List<WorkloadRow> workload) {
}
