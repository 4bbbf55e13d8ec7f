package vn.sct.tracker.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.common.VietnameseFormat;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working-day calendar of Asia/Ho_Chi_Minh: Monday to Friday, minus the statutory holidays and
 * compensatory days computed by {@link VietnameseHolidays}, with the administrator's overrides
 * ({@code working_calendar_override}) winning over the computed rule. Deadlines and step limits
 * of the processes count in these working days.
 *
 * <p><b>Caching.</b> All overrides are read with one query into an immutable snapshot; each year's
 * table of working days is computed once per snapshot (a {@link ConcurrentHashMap} keyed by year),
 * so walking a year day by day never touches the database. Changing an override through this
 * service invalidates the snapshot immediately and again after the surrounding transaction (if
 * any) completes. Other nodes sharing the database pick a change up when their snapshot expires
 * after {@code tracker.calendar.cache-ttl} (default one minute; zero or negative: never expires,
 * only local changes and {@link #invalidateCache()} refresh it).
 *
 * <p>Supported dates lie in the years {@value VietnameseHolidays#MIN_YEAR}–{@value
 * VietnameseHolidays#MAX_YEAR}; outside, methods throw {@link IllegalArgumentException}.
 */
@Service
public class WorkingCalendar {

    /** The time zone in which working days and deadlines are counted. */
    public static final ZoneId ZONE = AppClock.ZONE;

    /** Maximum length of an override's description (column size). */
    public static final int DESCRIPTION_MAX_LENGTH = 500;

    private static final int UPDATED_BY_MAX_LENGTH = 64;

    private final VietnameseHolidays holidays;
    private final CalendarOverrideRepository repository;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Object reloadLock = new Object();
    private volatile Snapshot snapshot;
    /** The calendar's copy in the database, kept in step with every change of an override. */
    private ObjectProvider<CalendarDays> table;

    /**
     * Spring constructor. Uses a {@link VietnameseHolidays} bean if the application defines one
     * (e.g. to fix the National Day's adjacent day of a year in code), else the default rule.
     */
    @Autowired
    public WorkingCalendar(CalendarOverrideRepository repository,
                           ObjectProvider<VietnameseHolidays> holidays,
                           @Value("${tracker.calendar.cache-ttl:PT1M}") Duration cacheTtl,
                           ObjectProvider<CalendarDays> table) {
        this(holidays.getIfAvailable(VietnameseHolidays::new), repository, cacheTtl, Clock.systemUTC());
        this.table = table;
    }

    /**
     * @param holidays   the computed rule
     * @param repository the overrides
     * @param cacheTtl   how long a snapshot of the overrides is used before it is read again;
     *                   zero or negative: until invalidated
     * @param clock      source of time for the cache expiry and {@code updatedAt}
     */
    public WorkingCalendar(VietnameseHolidays holidays, CalendarOverrideRepository repository,
                           Duration cacheTtl, Clock clock) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the computed rule used by this calendar */
    public VietnameseHolidays holidays() {
        return holidays;
    }

    /**
     * @param date a date
     * @return whether it is a working day: an override if one exists for the date, else Monday to
     *         Friday and not a holiday or compensatory day
     */
    public boolean isWorkingDay(LocalDate date) {
        return snapshot().isWorking(date);
    }

    /**
     * Moves by working days.
     * <ul>
     *   <li>{@code n > 0}: the n-th working day strictly after {@code start}; {@code start} itself
     *       never counts, whether it is a working day or not (Friday + 1 = the next Monday if that
     *       is a working day; Saturday + 1 = Monday too).</li>
     *   <li>{@code n == 0}: {@code start} if it is a working day, else the first working day after
     *       it.</li>
     *   <li>{@code n < 0}: the |n|-th working day strictly before {@code start} ({@code start}
     *       never counts), e.g. for "remind 2 working days before the deadline".</li>
     * </ul>
     * For {@code n > 0}, {@code workingDaysBetween(start, addWorkingDays(start, n)) == n}.
     *
     * @param start the day to count from
     * @param n     number of working days, any sign
     * @return the resulting working day
     * @throws IllegalArgumentException if the walk leaves the supported years
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        Snapshot s = snapshot();
        LocalDate d = start;
        if (n == 0) {
            while (!s.isWorking(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        int step = n > 0 ? 1 : -1;
        long remaining = Math.abs((long) n);
        while (remaining > 0) {
            d = d.plusDays(step);
            if (s.isWorking(d)) {
                remaining--;
            }
        }
        return d;
    }

    /**
     * Counts working days in the half-open interval {@code (from, to]}: {@code from} excluded,
     * {@code to} included. If {@code to} is before {@code from}, returns minus the number of working
     * days in {@code (to, from]}. Zero when both are equal.
     *
     * @param from start, excluded
     * @param to   end, included
     * @return the signed count
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        Snapshot s = snapshot();
        // Working days through a date within its year are precomputed: years of lateness cost a few lookups.
        if (from.getYear() == to.getYear()) {
            YearTable year = s.year(from.getYear());
            return year.workingThrough(to) - year.workingThrough(from);
        }
        YearTable first = s.year(from.getYear());
        int count = first.workingDayCount() - first.workingThrough(from);
        for (int y = from.getYear() + 1; y < to.getYear(); y++) {
            count += s.year(y).workingDayCount();
        }
        return count + s.year(to.getYear()).workingThrough(to);
    }

    /**
     * The instant from which a directive with this deadline day is overdue: the start (00:00) of
     * the following day in Asia/Ho_Chi_Minh. A directive is on time during the whole deadline day.
     *
     * @param deadline the deadline day
     * @return start of {@code deadline + 1 day} in {@link #ZONE}
     */
    public Instant deadlineInstant(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /**
     * @param deadline the deadline day
     * @param now      the moment to judge
     * @return whether {@code now} is at or after {@link #deadlineInstant(LocalDate)}
     */
    public boolean isOverdue(LocalDate deadline, Instant now) {
        return !now.isBefore(deadlineInstant(deadline));
    }

    /**
     * Why a day is not a working day, in Vietnamese: the holiday's or the override's name, else the day of
     * the week ("Chủ nhật"); empty for a working day.
     */
    public java.util.Optional<String> dayOffReason(LocalDate date) {
        if (isWorkingDay(date)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(daysOff(date.getYear()).stream().filter(d -> d.date().equals(date))
                .map(CalendarDay::reason).filter(r -> r != null && !r.isBlank()).findFirst()
                .orElseGet(() -> vn.sct.tracker.common.VietnameseFormat.weekday(date.getDayOfWeek())));
    }

    /**
     * The days of a year that differ from the plain Monday-to-Friday week, with Vietnamese reasons:
     * every weekday that is not worked (holiday, compensatory day, DAY_OFF override), every weekend
     * day that is worked (WORKING_DAY override), plus every other overridden day (e.g. a weekday
     * holiday declared a working day). Holidays falling on a weekend are not listed themselves;
     * their compensatory days are.
     *
     * @param year Gregorian year
     * @return the days, sorted by date
     */
    public List<CalendarDay> daysOff(int year) {
        return snapshot().year(year).specialDays();
    }

    /**
     * @param year Gregorian year
     * @return the number of working days in the year
     */
    public int workingDaysInYear(int year) {
        return snapshot().year(year).workingDayCount();
    }

    /**
     * @param year Gregorian year
     * @return the overrides of that year, sorted by day (read from the database, not the cache)
     */
    public List<CalendarOverride> overrides(int year) {
        VietnameseHolidays.checkYear(year);
        return repository.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Creates or replaces the override of a day.
     *
     * <p>Rejected with {@link ValidationException}: a missing kind; a blank description or
     * one longer than {@value #DESCRIPTION_MAX_LENGTH} characters; a day outside the supported
     * years; a DAY_OFF on a Saturday or Sunday, or on a weekday that the computed rule already
     * makes a day off; a WORKING_DAY on a weekday the computed rule already makes a working day.
     * ("Computed rule" ignores the existing override of the same day, which is replaced.)
     *
     * @param day         the date
     * @param kind        what the day becomes
     * @param description Vietnamese reason, e.g. the official document's number
     * @param updatedBy   administrator's user id (blank: {@code "unknown"}; cut to 64 characters)
     * @return the stored override
     */
    @Transactional
    public CalendarOverride putOverride(LocalDate day, DayKind kind, String description, String updatedBy) {
        if (day == null) {
            throw new ValidationException("date", "calendar.dateRequired").labelled("label.none");
        }
        checkSupported(day, "date");
        if (kind == null) {
            throw new ValidationException("kind", "calendar.kindRequired").labelled("label.none");
        }
        String text = description == null ? "" : description.strip();
        if (text.isEmpty()) {
            throw new ValidationException("description", "calendar.descriptionRequired").labelled("label.none");
        }
        if (text.length() > DESCRIPTION_MAX_LENGTH) {
            throw new ValidationException("description", "calendar.descriptionTooLong", DESCRIPTION_MAX_LENGTH)
                    .labelled("label.none");
        }
        boolean weekend = VietnameseHolidays.isWeekend(day);
        String holiday = computedHolidayName(day);
        String date = VietnameseFormat.date(day);
        String weekday = VietnameseFormat.weekday(day.getDayOfWeek());
        if (kind == DayKind.DAY_OFF && weekend) {
            throw new ValidationException("kind", "calendar.weekendAlreadyOff", date, weekday).labelled("label.none");
        }
        if (kind == DayKind.DAY_OFF && holiday != null) {
            throw new ValidationException("kind", "calendar.holidayAlreadyOff", date, weekday, holiday)
                    .labelled("label.none");
        }
        if (kind == DayKind.WORKING_DAY && !weekend && holiday == null) {
            throw new ValidationException("kind", "calendar.alreadyWorking", date, weekday).labelled("label.none");
        }
        String by = updatedBy == null || updatedBy.isBlank() ? "unknown" : updatedBy.strip();
        if (by.length() > UPDATED_BY_MAX_LENGTH) {
            by = by.substring(0, UPDATED_BY_MAX_LENGTH);
        }
        CalendarOverride override = new CalendarOverride(day, kind, text, by,
                OffsetDateTime.now(clock.withZone(ZONE)).truncatedTo(ChronoUnit.MICROS));
        repository.save(override);
        invalidateAfterChange();
        synchroniseTable();
        return override;
    }

    /**
     * Removes the override of a day; the computed rule applies again.
     *
     * @param day the date
     * @return whether an override existed
     */
    @Transactional
    public boolean deleteOverride(LocalDate day) {
        Objects.requireNonNull(day, "day");
        boolean deleted = repository.delete(day);
        if (deleted) {
            invalidateAfterChange();
            synchroniseTable();
        }
        return deleted;
    }

    /** Drops the cached overrides and year tables; the next call reads the overrides again. */
    public void invalidateCache() {
        synchronized (reloadLock) {
            snapshot = null;
        }
    }

    private String computedHolidayName(LocalDate day) {
        return holidays.holidays(day.getYear()).stream()
                .filter(h -> h.date().equals(day))
                .map(Holiday::name)
                .reduce((a, b) -> a + "; " + b)
                .orElse(null);
    }

    private static void checkSupported(LocalDate day, String field) {
        if (day.getYear() < VietnameseHolidays.MIN_YEAR || day.getYear() > VietnameseHolidays.MAX_YEAR) {
            throw new ValidationException(field, "calendar.yearRange", VietnameseHolidays.MIN_YEAR,
                    VietnameseHolidays.MAX_YEAR).labelled("label.none");
        }
    }

    private void synchroniseTable() {
        if (table != null) {
            table.ifAvailable(days -> days.synchronise(this));
        }
    }

    private void invalidateAfterChange() {
        invalidateCache();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidateCache();
                }
            });
        }
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s != null && !s.isExpired()) {
            return s;
        }
        synchronized (reloadLock) {
            s = snapshot;
            if (s == null || s.isExpired()) {
                Map<LocalDate, CalendarOverride> byDay = new HashMap<>();
                for (CalendarOverride o : repository.findAll()) {
                    byDay.put(o.day(), o);
                }
                s = new Snapshot(Map.copyOf(byDay), clock.instant());
                snapshot = s;
            }
            return s;
        }
    }

    /** Immutable overrides plus lazily computed year tables derived from them. */
    private final class Snapshot {
        private final Map<LocalDate, CalendarOverride> overrides;
        private final Instant loadedAt;
        private final ConcurrentHashMap<Integer, YearTable> years = new ConcurrentHashMap<>();

        Snapshot(Map<LocalDate, CalendarOverride> overrides, Instant loadedAt) {
            this.overrides = overrides;
            this.loadedAt = loadedAt;
        }

        boolean isExpired() {
            return !cacheTtl.isZero() && !cacheTtl.isNegative()
                    && !clock.instant().isBefore(loadedAt.plus(cacheTtl));
        }

        boolean isWorking(LocalDate date) {
            return year(date.getYear()).isWorking(date);
        }

        YearTable year(int year) {
            YearTable table = years.get(year);
            if (table == null) {
                VietnameseHolidays.checkYear(year);
                table = years.computeIfAbsent(year, y -> new YearTable(y, holidays.holidays(y), overrides));
            }
            return table;
        }
    }
}
