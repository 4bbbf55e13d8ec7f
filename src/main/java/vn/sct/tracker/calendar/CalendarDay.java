package vn.sct.tracker.calendar;

import java.time.LocalDate;

/**
 * A day whose status differs from the plain Monday-to-Friday week (a weekday off or a working
 * weekend day), or a day an administrator has overridden.
 *
 * @param date    the date
 * @param weekday Vietnamese day of the week, e.g. {@code "thứ Bảy"}
 * @param kind    what the day finally is
 * @param origin  why: a statutory holiday, a compensatory day, or an override
 * @param reason  Vietnamese reason: the holiday's name or the override's description
 */
public record CalendarDay(LocalDate date, String weekday, DayKind kind, Origin origin, String reason) {

    /** Where a day's status comes from. */
    public enum Origin {
        /** A statutory public holiday (computed). */
        HOLIDAY,
        /** A compensatory day for a holiday that fell on a weekend (computed). */
        COMPENSATORY,
        /** An administrator's override (table {@code working_calendar_override}). */
        OVERRIDE
    }
}
