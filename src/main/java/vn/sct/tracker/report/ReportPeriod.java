package vn.sct.tracker.report;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days a report covers, both inclusive.
 *
 * @param from first day
 * @param to   last day
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are required");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** "tháng 11/2026" for a calendar month, "từ 01/10/2026 đến 15/11/2026" otherwise. */
    public String label() {
        if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
            return "tháng %d/%d".formatted(from.getMonthValue(), from.getYear());
        }
        return "từ %02d/%02d/%d đến %02d/%02d/%d".formatted(from.getDayOfMonth(), from.getMonthValue(), from.getYear(),
                to.getDayOfMonth(), to.getMonthValue(), to.getYear());
    }
}
