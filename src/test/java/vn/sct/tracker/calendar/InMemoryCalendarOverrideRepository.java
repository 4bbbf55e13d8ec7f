package vn.sct.tracker.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Test double of the override table that counts how often everything is read. */
public class InMemoryCalendarOverrideRepository implements CalendarOverrideRepository {

    private final ConcurrentSkipListMap<LocalDate, CalendarOverride> rows = new ConcurrentSkipListMap<>();
    final AtomicInteger findAllCalls = new AtomicInteger();

    @Override
    public List<CalendarOverride> findAll() {
        findAllCalls.incrementAndGet();
        return new ArrayList<>(rows.values());
    }

    @Override
    public List<CalendarOverride> findBetween(LocalDate from, LocalDate to) {
        return new ArrayList<>(rows.subMap(from, true, to, true).values());
    }

    @Override
    public Optional<CalendarOverride> findByDay(LocalDate day) {
        return Optional.ofNullable(rows.get(day));
    }

    @Override
    public void save(CalendarOverride override) {
        rows.put(override.day(), override);
    }

    @Override
    public boolean delete(LocalDate day) {
        return rows.remove(day) != null;
    }

    public void clear() {
        rows.clear();
        findAllCalls.set(0);
    }
}
