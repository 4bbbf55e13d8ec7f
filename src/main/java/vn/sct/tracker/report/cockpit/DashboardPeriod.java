package vn.sct.tracker.report.cockpit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import vn.sct.tracker.report.ReportPeriod;

/** The periods the dashboard offers, relative to today (Asia/Ho_Chi_Minh). */
enum DashboardPeriod {
    THIS_MONTH("this-month", "Tháng này"),
    PREVIOUS_MONTH("previous-month", "Tháng trước"),
    THIS_YEAR("this-year", "Năm nay");

    private final String key;
    private final String label;

    DashboardPeriod(String key, String label) {
        this.key = key;
        this.label = label;
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }

    static Optional<DashboardPeriod> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    ReportPeriod on(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> ReportPeriod.month(YearMonth.from(today));
            case PREVIOUS_MONTH -> ReportPeriod.month(YearMonth.from(today).minusMonths(1));
            case THIS_YEAR -> new ReportPeriod(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
        };
    }
}
