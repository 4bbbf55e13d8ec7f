package vn.sct.tracker.cockpit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.report.ReportPeriod;

/** The periods the dashboard offers, relative to today (Asia/Ho_Chi_Minh). */
enum DashboardPeriod {
    THIS_MONTH("this-month"),
    PREVIOUS_MONTH("previous-month"),
    THIS_YEAR("this-year");

    private final String key;

    DashboardPeriod(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    String label() {
        return Messages.get(Messages.VIETNAMESE, "dashboard.period." + key);
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
