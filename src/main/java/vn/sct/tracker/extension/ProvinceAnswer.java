package vn.sct.tracker.extension;

import java.util.Arrays;
import java.util.Optional;

/** The province's answer to an extension of a directive it assigned, as the Office records it. */
public enum ProvinceAnswer {
    GRANTED, REFUSED;

    public static Optional<ProvinceAnswer> parse(String value) {
        return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst();
    }
}
