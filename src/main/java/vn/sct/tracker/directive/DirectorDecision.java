package vn.sct.tracker.directive;

import java.util.Arrays;
import java.util.Optional;

/** What the Director decides on a draft submitted for signature. */
public enum DirectorDecision {
    SIGN, RETURN_TO_DRAFT, RETURN_TO_DEPUTY;

    public static Optional<DirectorDecision> parse(String value) {
        return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst();
    }
}
