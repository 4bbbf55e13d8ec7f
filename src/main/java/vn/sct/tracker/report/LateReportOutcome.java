package vn.sct.tracker.report;

import java.util.Arrays;
import java.util.Optional;

/** What the Office records for a division that missed its monthly deadline. */
public enum LateReportOutcome {
    /** The report came late; the Office enters it. */
    RECEIVED,
    /** It never came. */
    NOT_REPORTED;

    public static Optional<LateReportOutcome> parse(String value) {
        return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst();
    }
}
