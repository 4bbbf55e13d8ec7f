package vn.sct.tracker.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One computed day off of the statutory rule.
 *
 * @param date the Gregorian date
 * @param name the Vietnamese name shown to users, e.g. {@code "Quốc khánh (2/9)"}
 * @param type whether it is a statutory holiday itself or a compensatory day for one that fell on
 *             a weekly rest day
 */
public record Holiday(LocalDate date, String name, Type type) {

    /** Kind of computed day off. */
    public enum Type {
        /** A public holiday of Article 112 of the Labour Code 2019 (may fall on a weekend). */
        STATUTORY,
        /** A compensatory day off (nghỉ bù) for a statutory holiday that fell on Saturday or Sunday. */
        COMPENSATORY
    }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
