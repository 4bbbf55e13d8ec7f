package vn.sct.tracker.api;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sct.tracker.calendar.CalendarDay;
import vn.sct.tracker.calendar.CalendarOverride;
import vn.sct.tracker.calendar.DayKind;
import vn.sct.tracker.calendar.VietnameseHolidays;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.NotFoundException;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.common.VietnameseFormat;

/**
 * Administration and query API of the working-day calendar. Dates are ISO {@code yyyy-MM-dd}.
 * Reading is open to any caller the application's security lets through; changing overrides
 * requires the authority {@code camunda-admin} (method security is enabled by the application).
 * Errors: the API's one error shape (see {@link ApiErrors}).
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

    /** Largest |days| accepted by {@code GET /api/calendar/add} (about 14 years). */
    static final int MAX_DAYS = 3650;

    private final WorkingCalendar calendar;

    public CalendarController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Body of {@code PUT /api/calendar/overrides/{date}}. */
    public record OverrideRequest(String kind, String description) {
    }

    /** Response of {@code GET /api/calendar/{year}}. */
    public record YearResponse(int year, int workingDays, List<CalendarDay> days) {
    }

    /** Response of {@code GET /api/calendar/working-days}. */
    public record WorkingDaysResponse(LocalDate from, LocalDate to, int workingDays) {
    }

    /** Response of {@code GET /api/calendar/add}. */
    public record AddWorkingDaysResponse(LocalDate date, int days, LocalDate result) {
    }

    /**
     * Days off on weekdays and working weekend days of a year, with Vietnamese reasons, and the
     * number of working days of the year.
     */
    @GetMapping("/{year}")
    public YearResponse year(@PathVariable("year") int year) {
        checkYear(year, "year");
        return new YearResponse(year, calendar.workingDaysInYear(year), calendar.daysOff(year));
    }

    /** Number of working days in {@code (from, to]}; negative if {@code to < from}. */
    @GetMapping("/working-days")
    public WorkingDaysResponse workingDays(@RequestParam("from") LocalDate from,
                                           @RequestParam("to") LocalDate to) {
        checkYear(from.getYear(), "from");
        checkYear(to.getYear(), "to");
        return new WorkingDaysResponse(from, to, calendar.workingDaysBetween(from, to));
    }

    /** The working day {@code days} working days after (or before, if negative) {@code date}. */
    @GetMapping("/add")
    public AddWorkingDaysResponse add(@RequestParam("date") LocalDate date,
                                      @RequestParam("days") int days) {
        checkYear(date.getYear(), "date");
        if (Math.abs(days) > MAX_DAYS) {
            throw new ValidationException("days", "calendar.daysRange", MAX_DAYS).labelled("label.none");
        }
        LocalDate result;
        try {
            result = calendar.addWorkingDays(date, days);
        } catch (IllegalArgumentException outOfRange) {
            throw new ValidationException("days", "calendar.resultOutOfRange", VietnameseHolidays.MIN_YEAR,
                    VietnameseHolidays.MAX_YEAR).labelled("label.none");
        }
        return new AddWorkingDaysResponse(date, days, result);
    }

    /** The stored overrides of a year, with who changed them and when. */
    @GetMapping("/overrides")
    public List<CalendarOverride> overrides(@RequestParam("year") int year) {
        checkYear(year, "year");
        return calendar.overrides(year);
    }

    /** Creates or replaces the override of a day. */
    @PutMapping("/overrides/{date}")
    @PreAuthorize("hasAuthority('camunda-admin')")
    public CalendarOverride putOverride(@PathVariable("date") LocalDate date,
                                        @RequestBody(required = false) OverrideRequest body,
                                        Principal principal) {
        if (body == null) {
            throw new ValidationException("body", "calendar.bodyMissing").labelled("label.none");
        }
        return calendar.putOverride(date, parseKind(body.kind()), body.description(),
                principal == null ? null : principal.getName());
    }

    /** Removes the override of a day: 204, or 404 if there was none. */
    @DeleteMapping("/overrides/{date}")
    @PreAuthorize("hasAuthority('camunda-admin')")
    public ResponseEntity<Void> deleteOverride(@PathVariable("date") LocalDate date) {
        if (!calendar.deleteOverride(date)) {
            throw new NotFoundException("calendar.noOverride", VietnameseFormat.date(date)).field("date");
        }
        return ResponseEntity.noContent().build();
    }

    private static DayKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new ValidationException("kind", "calendar.kindRequired").labelled("label.none");
        }
        try {
            return DayKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "calendar.kindUnknown").labelled("label.none");
        }
    }

    private static void checkYear(int year, String field) {
        if (year < VietnameseHolidays.MIN_YEAR || year > VietnameseHolidays.MAX_YEAR) {
            throw new ValidationException(field, "calendar.yearRange", VietnameseHolidays.MIN_YEAR,
                    VietnameseHolidays.MAX_YEAR).labelled("label.none");
        }
    }
}
