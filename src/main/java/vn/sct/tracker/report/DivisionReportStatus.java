package vn.sct.tracker.report;

/** Where a division's part of a monthly report stands. */
public enum DivisionReportStatus {
    /** Not sent yet. */
    PENDING,
    /** Sent in time, figures confirmed. */
    CONFIRMED,
    /** Sent in time, but the head did not confirm the figures and said what is wrong. */
    QUESTIONED,
    /** Sent after the deadline; the Office received it. */
    LATE_ENTERED,
    /** Never sent; the Office recorded it. */
    MISSED
}
