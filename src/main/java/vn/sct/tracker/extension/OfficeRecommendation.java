package vn.sct.tracker.extension;

import java.util.Arrays;
import java.util.Optional;

/** What the Office recommends to the Director about an extension request. */
public enum OfficeRecommendation {
    SUPPORT, NOT_SUPPORT;

    public static Optional<OfficeRecommendation> parse(String value) {
        return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst();
    }
}
