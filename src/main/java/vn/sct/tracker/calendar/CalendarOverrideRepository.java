package vn.sct.tracker.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Storage of {@link CalendarOverride}s (table {@code working_calendar_override}). */
public interface CalendarOverrideRepository {

    /** @return every override, ordered by day (the table holds a few dozen rows per year) */
    List<CalendarOverride> findAll();

    /**
     * @param from first day, inclusive
     * @param to   last day, inclusive
     * @return the overrides in the range, ordered by day
     */
    List<CalendarOverride> findBetween(LocalDate from, LocalDate to);

    /** @return the override of that day, if any */
    Optional<CalendarOverride> findByDay(LocalDate day);

    /** Inserts the override or replaces the existing one for the same day. */
    void save(CalendarOverride override);

    /** @return whether a row was deleted */
    boolean delete(LocalDate day);
}
