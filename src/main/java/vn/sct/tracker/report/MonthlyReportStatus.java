package vn.sct.tracker.report;

/** Where a monthly report stands. */
public enum MonthlyReportStatus {
    /** Divisions are confirming their figures. */
    COLLECTING,
    /** The Office compiles (again, when the Director returned it). */
    COMPILING,
    /** Compiled, waiting for the Director. */
    AWAITING_APPROVAL,
    /** Approved by the Director; its figures are kept unchanged. */
    APPROVED
}
