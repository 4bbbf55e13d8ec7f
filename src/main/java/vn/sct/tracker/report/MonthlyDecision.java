package vn.sct.tracker.report;

import java.util.Arrays;
import java.util.Optional;

/** The Director's decision on a compiled monthly report. */
public enum MonthlyDecision {
    APPROVE, RETURN;

    public static Optional<MonthlyDecision> parse(String value) {
        return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst();
    }
}
