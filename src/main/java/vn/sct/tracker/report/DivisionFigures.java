package vn.sct.tracker.report;

import java.math.BigDecimal;

/**
 * One row of the report: a division's directives in the period, classified as the national tracking
 * system does, at the report's moment ({@link DirectiveReport#asOf()}).
 *
 * @param divisionCode       division code, or {@code null} for the Department's total row
 * @param divisionName       division name ("Tổng cộng" for the total row)
 * @param carriedOver        registered before the period and still open at its start (kỳ trước chuyển sang)
 * @param received           registered within the period (nhận mới trong kỳ)
 * @param total              carriedOver + received
 * @param doneOnTime         closed by the report moment, on or before the deadline
 * @param doneLate           closed by the report moment, after the deadline
 * @param openWithinDeadline open at the report moment, deadline not passed
 * @param openOverdue        open at the report moment, deadline passed
 * @param dueSoon            of openWithinDeadline, those past their reminder day (sắp đến hạn)
 * @param extendedDirectives directives with at least one extension granted within the period
 * @param extensionsGranted  extensions granted within the period
 * @param onTimeRate         doneOnTime / (doneOnTime + doneLate + openOverdue) in percent, 2 decimals;
 *                           {@code null} when nothing has fallen due yet
 */
public record DivisionFigures(String divisionCode, String divisionName, int carriedOver, int received, int total,
                              int doneOnTime, int doneLate, int openWithinDeadline, int openOverdue, int dueSoon,
                              int extendedDirectives, int extensionsGranted, BigDecimal onTimeRate) {

    /** The target of the emulation plan: every task done on time. */
    public static final BigDecimal TARGET_RATE = BigDecimal.valueOf(100);

    /** Whether the on-time rate meets the 100% target ({@code true} when nothing has fallen due). */
    public boolean meetsTarget() {
        return onTimeRate == null || onTimeRate.compareTo(TARGET_RATE) >= 0;
    }
}
