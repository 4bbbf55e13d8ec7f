package vn.sct.tracker.calendar;

/**
 * Whether a day is worked or not. Used both for the administrator's overrides (stored as the enum
 * name in {@code working_calendar_override.kind}) and for the entries of a year's listing.
 */
public enum DayKind {
    /** A day off: nobody works (holiday, compensatory day, extra day off). */
    DAY_OFF,
    /** A working day, e.g. a Saturday declared a working day in exchange for a day off. */
    WORKING_DAY
}
