package vn.sct.tracker.extension;

import java.util.Arrays;
import java.util.Optional;

/** The Director's decision on an extension request. */
public enum ExtensionDecision {
    /** The proposed deadline. */
    APPROVE,
    /** Another deadline than the one proposed. */
    APPROVE_OTHER_DATE,
    /** No extension; a reason is required. */
    REJECT;

    public static Optional<ExtensionDecision> parse(String value) {
        return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst();
    }
}
