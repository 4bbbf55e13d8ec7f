package vn.sct.tracker.process.monthly;

import vn.sct.tracker.report.MonthlyReportRepository;
import vn.sct.tracker.report.ReportPeriod;

/** The period of a monthly report as people read it. */
final class MonthlyReportLabels {

    private MonthlyReportLabels() {
    }

    static String period(MonthlyReportRepository.Header h) {
        return new ReportPeriod(h.periodFrom(), h.periodTo()).label();
    }
}
