package vn.sct.tracker.directive;

import java.util.Arrays;
import java.util.Optional;

/** What a division head or the deputy director decides on a draft. */
public enum ReviewDecision {
    /** Agree and send it on. */
    APPROVE,
    /** Return it to the specialist, with a comment. */
    RETURN;

    public static Optional<ReviewDecision> parse(String value) {
        return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst();
    }
}
