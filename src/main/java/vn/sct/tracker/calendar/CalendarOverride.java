package vn.sct.tracker.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One row of {@code working_calendar_override}: an administrator's decision about a single day
 * that wins over the computed rule, e.g. an extra day off around Tết or a Saturday declared a
 * working day in exchange.
 *
 * @param day         the date (primary key)
 * @param kind        {@link DayKind#DAY_OFF} or {@link DayKind#WORKING_DAY}
 * @param description Vietnamese reason shown to users, typically citing the official document
 * @param updatedBy   user id of the administrator who last changed it
 * @param updatedAt   when it was last changed
 */
public record CalendarOverride(LocalDate day, DayKind kind, String description, String updatedBy,
                               OffsetDateTime updatedAt) {

    public CalendarOverride {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
