package vn.sct.tracker.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.sct.tracker.common.AppClock;

/**
 * The working calendar written into {@code calendar_day}, so that SQL can classify directives against
 * their deadlines (reports, lists, counts) the way {@link WorkingCalendar} does in Java. The table covers
 * {@link #FIRST_DAY} to 40 years ahead (further if a deadline lies beyond). It is brought in line with the
 * calendar when the application starts and whenever an administrator changes an override (in the same
 * transaction); only the rows that differ are written, so a node starting next to another one finds
 * nothing to do.
 */
@Repository
public class CalendarDays implements SmartInitializingSingleton {

    /** The first day of the table; directives are registered from this day on. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);

    private static final int YEARS_AHEAD = 40;
    private static final int BATCH = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(CalendarDays.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectProvider<WorkingCalendar> calendar;

    public CalendarDays(JdbcClient jdbc, JdbcTemplate batch, ObjectProvider<WorkingCalendar> calendar) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.calendar = calendar;
    }

    /** One day as the table holds it. */
    record Day(LocalDate day, boolean working, LocalDate effectiveDay, OffsetDateTime dayStart,
               OffsetDateTime dayEnd, OffsetDateTime overdueAt, int workingIndex, int effectiveIndex) {

        boolean sameAs(Day other) {
            return other != null && working == other.working && effectiveDay.equals(other.effectiveDay)
                    && dayStart.toInstant().equals(other.dayStart.toInstant())
                    && dayEnd.toInstant().equals(other.dayEnd.toInstant())
                    && overdueAt.toInstant().equals(other.overdueAt.toInstant()) && workingIndex == other.workingIndex
                    && effectiveIndex == other.effectiveIndex;
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            synchronise(calendar.getObject());
        } catch (DataIntegrityViolationException anotherNodeWroteFirst) {
            synchronise(calendar.getObject());
        }
    }

    /** Makes the table equal to the calendar; returns the number of rows written. */
    public int synchronise(WorkingCalendar working) {
        Objects.requireNonNull(working, "working");
        LocalDate last = lastDay();
        List<Day> expected = compute(working, last);
        Map<LocalDate, Day> stored = new HashMap<>();
        for (Day d : read()) {
            stored.put(d.day(), d);
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Day d : expected) {
            Day old = stored.get(d.day());
            if (old == null) {
                inserts.add(new Object[] {d.day(), d.working(), d.effectiveDay(), d.dayStart(), d.dayEnd(),
                        d.overdueAt(), d.workingIndex(), d.effectiveIndex()});
            } else if (!d.sameAs(old)) {
                updates.add(new Object[] {d.working(), d.effectiveDay(), d.dayStart(), d.dayEnd(),
                        d.overdueAt(), d.workingIndex(), d.effectiveIndex(), d.day()});
            }
        }
        write("""
                INSERT INTO calendar_day (cal_day, working, effective_day, day_start, day_end, overdue_at, working_index,
                  effective_index)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        write("""
                UPDATE calendar_day SET working = ?, effective_day = ?, day_start = ?, day_end = ?, overdue_at = ?,
                  working_index = ?, effective_index = ? WHERE cal_day = ?""", updates);
        if (!inserts.isEmpty() || !updates.isEmpty()) {
            LOG.info("Lịch làm việc trong cơ sở dữ liệu: {} ngày thêm, {} ngày sửa (đến {})", inserts.size(),
                    updates.size(), last);
        }
        return inserts.size() + updates.size();
    }

    /**
     * The last deadline whose 24:00 has passed at {@code at}: a directive open at that moment is overdue
     * exactly when its deadline is at most this day (a later deadline never ends earlier).
     */
    public LocalDate lastDue(Instant at) {
        LocalDate day = jdbc.sql("SELECT MAX(cal_day) FROM calendar_day WHERE overdue_at <= :at")
                .param("at", at.atZone(AppClock.ZONE).toOffsetDateTime()).query(LocalDate.class).single();
        return day == null ? FIRST_DAY.minusDays(1) : day;
    }

    /** The working index of the day {@code at} falls on (a moment at 24:00 belongs to the day it ends). */
    public int workingIndex(Instant at) {
        return jdbc.sql("SELECT working_index FROM calendar_day WHERE day_end >= :at ORDER BY day_end"
                        + " FETCH FIRST 1 ROWS ONLY")
                .param("at", at.atZone(AppClock.ZONE).toOffsetDateTime()).query(Integer.class).single();
    }

    /** The days from the first day of the table to {@code last}, as the calendar says. */
    static List<Day> compute(WorkingCalendar working, LocalDate last) {
        int size = (int) (last.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        boolean[] isWorking = new boolean[size];
        for (int i = 0; i < size; i++) {
            isWorking[i] = working.isWorkingDay(FIRST_DAY.plusDays(i));
        }
        LocalDate[] effective = new LocalDate[size];
        LocalDate next = working.addWorkingDays(last.plusDays(1), 0);
        for (int i = size - 1; i >= 0; i--) {
            if (isWorking[i]) {
                next = FIRST_DAY.plusDays(i);
            }
            effective[i] = next;
        }
        int[] index = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (isWorking[i]) {
                count++;
            }
            index[i] = count;
        }
        List<Day> days = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            LocalDate day = FIRST_DAY.plusDays(i);
            int e = (int) (effective[i].toEpochDay() - FIRST_DAY.toEpochDay());
            // Past the table's end the effective day is the first working day after it: one more.
            int effectiveIndex = e < size ? index[e] : count + 1;
            days.add(new Day(day, isWorking[i], effective[i], startOf(day), startOf(day.plusDays(1)),
                    startOf(effective[i].plusDays(1)), index[i], effectiveIndex));
        }
        return days;
    }

    /** 40 years ahead of today, or a year past the furthest deadline if that is later. */
    private LocalDate lastDay() {
        LocalDate furthest = jdbc.sql("SELECT MAX(deadline) FROM directive").query(LocalDate.class).optional()
                .orElse(null);
        int year = AppClock.today().getYear() + YEARS_AHEAD;
        if (furthest != null && furthest.getYear() + 1 > year) {
            year = Math.min(furthest.getYear() + 1, VietnameseHolidays.MAX_YEAR);
        }
        return LocalDate.of(year, 12, 31);
    }

    private List<Day> read() {
        return jdbc.sql("""
                        SELECT cal_day, working, effective_day, day_start, day_end, overdue_at, working_index,
                          effective_index
                        FROM calendar_day""")
                .query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), rs.getBoolean(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class), rs.getInt(7),
                        rs.getInt(8)))
                .list();
    }

    private void write(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            batch.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(AppClock.ZONE).toOffsetDateTime();
    }
}
