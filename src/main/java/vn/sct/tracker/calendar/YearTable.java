package vn.sct.tracker.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sct.tracker.common.VietnameseFormat;

/** Working flags and listed days of one year, computed once from the holidays and the overrides. */
final class YearTable {

    private final boolean[] working;
    /** Working days from 1 January through each day of the year. */
    private final int[] through;
    private final List<CalendarDay> specialDays;
    private final int workingDayCount;

    YearTable(int year, List<Holiday> computed, Map<LocalDate, CalendarOverride> overrides) {
        Map<LocalDate, Holiday> holidayByDate = new HashMap<>();
        for (Holiday h : computed) {
            holidayByDate.merge(h.date(), h, (a, b) ->
                    new Holiday(a.date(), a.name() + "; " + b.name(), a.type()));
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        working = new boolean[first.lengthOfYear()];
        through = new int[working.length];
        List<CalendarDay> special = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < working.length; i++) {
            LocalDate d = first.plusDays(i);
            String weekday = VietnameseFormat.weekday(d.getDayOfWeek());
            boolean weekend = VietnameseHolidays.isWeekend(d);
            CalendarOverride o = overrides.get(d);
            Holiday h = holidayByDate.get(d);
            if (o != null) {
                working[i] = o.kind() == DayKind.WORKING_DAY;
                special.add(new CalendarDay(d, weekday, o.kind(), CalendarDay.Origin.OVERRIDE, o.description()));
            } else if (h != null) {
                working[i] = false;
                if (!weekend) {
                    special.add(new CalendarDay(d, weekday, DayKind.DAY_OFF,
                            h.type() == Holiday.Type.COMPENSATORY
                                    ? CalendarDay.Origin.COMPENSATORY : CalendarDay.Origin.HOLIDAY,
                            h.name()));
                }
            } else {
                working[i] = !weekend;
            }
            if (working[i]) {
                count++;
            }
            through[i] = count;
        }
        specialDays = List.copyOf(special);
        workingDayCount = count;
    }

    boolean isWorking(LocalDate date) {
        return working[date.getDayOfYear() - 1];
    }

    int workingThrough(LocalDate date) {
        return through[date.getDayOfYear() - 1];
    }

    List<CalendarDay> specialDays() {
        return specialDays;
    }

    int workingDayCount() {
        return workingDayCount;
    }
}
