package vn.sct.tracker.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import vn.sct.tracker.common.VietnameseFormat;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.VietnameseCalendar;
import net.time4j.engine.CalendarDays;

/**
 * The statutory public holidays of a Gregorian year for civil servants in Vietnam, computed from
 * Article 112 of the Labour Code 2019 (Bộ luật Lao động 2019, Điều 112). Pure and immutable; no
 * Spring, no database.
 *
 * <p>Holidays of a year:
 * <ul>
 *   <li>1/1 — Tết Dương lịch;</li>
 *   <li>Tết Nguyên đán (lunar new year), 5 days. Default rule: the last day of the old lunar year
 *       (29 or 30 of the twelfth month, whichever month length the year has) plus lunar 1, 2, 3
 *       and 4 of the new year. The Prime Minister decides the exact days each year; a different
 *       official choice is entered as overrides (see {@link WorkingCalendar});</li>
 *   <li>10/3 lunar — Giỗ Tổ Hùng Vương (the regular, not the leap, third month);</li>
 *   <li>30/4 — Ngày Chiến thắng; 1/5 — Ngày Quốc tế Lao động;</li>
 *   <li>2/9 — Quốc khánh, plus one adjacent day, 1/9 by default. The adjacent day is decided
 *       yearly; choose 3/9 with {@link #withNationalDayAdjacentDay(LocalDate)} or with overrides.</li>
 * </ul>
 *
 * <p>Compensatory days (nghỉ bù, Article 112(3)): by default, a holiday that falls on a weekly rest
 * day (Saturday or Sunday) gives a day off on the next working day, i.e. the next Monday-to-Friday
 * day that is neither a holiday nor already a compensatory day. A block such as Tết is compensated
 * after the whole block. If two holidays fall on the same date (possible in rare years for Giỗ Tổ
 * and 30/4), the second one is compensated as well. Disable with {@link #withoutCompensation()}.
 *
 * <p>The lunar dates use Time4J's {@link VietnameseCalendar}, which computes new moons for the
 * meridian of UTC+7. In some years this differs from the Chinese calendar (UTC+8): e.g. Tết 2007
 * is 17/2 (China: 18/2) and Tết 2030 is 2/2 (China: 3/2).
 *
 * <p>The current rule is applied to every supported year ({@value #MIN_YEAR}–{@value #MAX_YEAR});
 * results before 2021 (when the Labour Code 2019 took effect) are only an approximation of the law
 * in force at the time.
 */
public final class VietnameseHolidays {

    /** First supported Gregorian year. */
    public static final int MIN_YEAR = 1900;
    /** Last supported Gregorian year (Time4J's Vietnamese calendar ends in 3000). */
    public static final int MAX_YEAR = 2999;

    static final String NEW_YEAR = "Tết Dương lịch (1/1)";
    static final String TET = "Tết Nguyên đán";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
    static final String VICTORY_DAY = "Ngày Chiến thắng (30/4)";
    static final String LABOUR_DAY = "Ngày Quốc tế Lao động (1/5)";
    static final String NATIONAL_DAY = "Quốc khánh (2/9)";
    static final String NATIONAL_DAY_ADJACENT = "Quốc khánh (ngày liền kề 2/9)";

    private final boolean compensateWeekendHolidays;
    private final Map<Integer, LocalDate> nationalDayAdjacent;

    /** The default rule: 1/9 as the day adjacent to 2/9, weekend holidays compensated. */
    public VietnameseHolidays() {
        this(true, Map.of());
    }

    private VietnameseHolidays(boolean compensateWeekendHolidays, Map<Integer, LocalDate> nationalDayAdjacent) {
        this.compensateWeekendHolidays = compensateWeekendHolidays;
        this.nationalDayAdjacent = Map.copyOf(nationalDayAdjacent);
    }

    /**
     * Returns a copy that does not add compensatory days for holidays falling on weekends.
     *
     * @return a new instance; this one is unchanged
     */
    public VietnameseHolidays withoutCompensation() {
        return new VietnameseHolidays(false, nationalDayAdjacent);
    }

    /**
     * Returns a copy that uses the given day as the day adjacent to the National Day (2/9) of that
     * day's year instead of the default 1/9.
     *
     * @param day 1/9 or 3/9 of some supported year
     * @return a new instance; this one is unchanged
     * @throws IllegalArgumentException if the day is neither 1/9 nor 3/9
     */
    public VietnameseHolidays withNationalDayAdjacentDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        checkYear(day.getYear());
        if (day.getMonth() != Month.SEPTEMBER || (day.getDayOfMonth() != 1 && day.getDayOfMonth() != 3)) {
            throw new IllegalArgumentException("The day adjacent to the National Day must be 1/9 or 3/9: " + day);
        }
        Map<Integer, LocalDate> copy = new HashMap<>(nationalDayAdjacent);
        copy.put(day.getYear(), day);
        return new VietnameseHolidays(compensateWeekendHolidays, copy);
    }

    /** @return whether weekend holidays are compensated by the next working day (the default) */
    public boolean compensatesWeekendHolidays() {
        return compensateWeekendHolidays;
    }

    /**
     * The day adjacent to the National Day in the given year: 1/9 unless configured otherwise.
     *
     * @param year Gregorian year
     * @return 1/9 or 3/9 of that year
     */
    public LocalDate nationalDayAdjacentDay(int year) {
        checkYear(year);
        return nationalDayAdjacent.getOrDefault(year, LocalDate.of(year, 9, 1));
    }

    /**
     * Lunar new year's day (mùng 1 tháng Giêng) that falls in the given Gregorian year.
     *
     * @param year Gregorian year
     * @return the Gregorian date of Tết
     */
    public static LocalDate lunarNewYear(int year) {
        checkYear(year);
        return toLocalDate(VietnameseCalendar.ofTet(year));
    }

    /**
     * The last day of the lunar year that ends in the given Gregorian year, i.e. the day before
     * {@link #lunarNewYear(int)}: the 29th or the 30th of the twelfth month.
     *
     * @param year Gregorian year
     * @return the Gregorian date of the last day of the old lunar year
     */
    public static LocalDate lastDayOfLunarYear(int year) {
        return lunarNewYear(year).minusDays(1);
    }

    /**
     * Giỗ Tổ Hùng Vương: 10th day of the (regular) third lunar month of the lunar year beginning in
     * the given Gregorian year.
     *
     * @param year Gregorian year
     * @return the Gregorian date
     */
    public static LocalDate hungKingsDay(int year) {
        checkYear(year);
        return toLocalDate(VietnameseCalendar.of(EastAsianYear.forGregorian(year), EastAsianMonth.valueOf(3), 10));
    }

    /**
     * The statutory holidays of the year (11 days), sorted by date, including those that fall on a
     * weekend. Compensatory days are not included.
     *
     * @param year Gregorian year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @return the holidays, each with its Vietnamese name
     */
    public List<Holiday> statutoryHolidays(int year) {
        checkYear(year);
        List<Holiday> result = new ArrayList<>(11);
        result.add(statutory(LocalDate.of(year, 1, 1), NEW_YEAR));

        VietnameseCalendar tet = VietnameseCalendar.ofTet(year);
        VietnameseCalendar lastDay = tet.minus(CalendarDays.ONE);
        result.add(statutory(toLocalDate(lastDay), TET + " (" + lastDay.getDayOfMonth() + " tháng Chạp"
                + (lastDay.getMonth().isLeap() ? " nhuận" : "") + ")"));
        for (int i = 0; i < 4; i++) {
            result.add(statutory(toLocalDate(tet.plus(CalendarDays.of(i))), TET + " (mùng " + (i + 1) + " tháng Giêng)"));
        }

        result.add(statutory(hungKingsDay(year), HUNG_KINGS));
        result.add(statutory(LocalDate.of(year, 4, 30), VICTORY_DAY));
        result.add(statutory(LocalDate.of(year, 5, 1), LABOUR_DAY));
        result.add(statutory(nationalDayAdjacentDay(year), NATIONAL_DAY_ADJACENT));
        result.add(statutory(LocalDate.of(year, 9, 2), NATIONAL_DAY));
        result.sort(Comparator.comparing(Holiday::date)); // stable: keeps insertion order on equal dates
        return List.copyOf(result);
    }

    /**
     * The compensatory days (nghỉ bù) of the year, sorted by date; empty when compensation is
     * disabled.
     *
     * @param year Gregorian year
     * @return compensatory days, each naming the holiday it compensates
     */
    public List<Holiday> compensatoryDays(int year) {
        return compensatoryDays(statutoryHolidays(year));
    }

    /**
     * Every computed day off of the year: statutory holidays (also those on weekends) and
     * compensatory days, sorted by date (a statutory holiday before a compensatory day on the
     * same date, which cannot happen with the current rules).
     *
     * @param year Gregorian year
     * @return the holidays
     */
    public List<Holiday> holidays(int year) {
        List<Holiday> statutory = statutoryHolidays(year);
        List<Holiday> all = new ArrayList<>(statutory);
        all.addAll(compensatoryDays(statutory));
        all.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::type));
        return List.copyOf(all);
    }

    private List<Holiday> compensatoryDays(List<Holiday> statutory) {
        if (!compensateWeekendHolidays) {
            return List.of();
        }
        Set<LocalDate> taken = new HashSet<>();
        for (Holiday h : statutory) {
            taken.add(h.date());
        }
        Set<LocalDate> seen = new HashSet<>();
        List<Holiday> result = new ArrayList<>();
        for (Holiday h : statutory) { // sorted by date
            boolean onWeekend = isWeekend(h.date());
            boolean sharesDate = !seen.add(h.date());
            if (!onWeekend && !sharesDate) {
                continue;
            }
            LocalDate d = h.date().plusDays(1);
            while (isWeekend(d) || taken.contains(d)) {
                d = d.plusDays(1);
            }
            taken.add(d);
            String why = onWeekend
                    ? "trùng " + VietnameseFormat.weekday(h.date().getDayOfWeek()) + " " + VietnameseFormat.date(h.date())
                    : "trùng ngày lễ khác " + VietnameseFormat.date(h.date());
            result.add(new Holiday(d, "Nghỉ bù " + h.name() + " " + why, Holiday.Type.COMPENSATORY));
        }
        return result;
    }

    private static Holiday statutory(LocalDate date, String name) {
        return new Holiday(date, name, Holiday.Type.STATUTORY);
    }

    private static LocalDate toLocalDate(VietnameseCalendar date) {
        return date.transform(PlainDate.axis()).toTemporalAccessor();
    }

    /** Saturday or Sunday. */
    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "Year " + year + " is outside the supported range " + MIN_YEAR + "-" + MAX_YEAR);
        }
    }
}
