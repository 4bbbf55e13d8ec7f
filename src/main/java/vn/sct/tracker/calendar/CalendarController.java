package vn.sct.tracker.calendar;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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

/**
 * Administration and query API of the working-day calendar. Dates are ISO {@code yyyy-MM-dd}.
 * Reading is open to any caller the application's security lets through; changing overrides
 * requires the authority {@code camunda-admin} (method security is enabled by the application).
 * Errors: HTTP 400 {@code {"field": "...", "message": "..."}} with a Vietnamese message, see
 * {@link CalendarExceptionHandler}.
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
    public WorkingDaysResponse workingDays(@RequestParam("from") @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                           @RequestParam("to") @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        checkYear(from.getYear(), "from");
        checkYear(to.getYear(), "to");
        return new WorkingDaysResponse(from, to, calendar.workingDaysBetween(from, to));
    }

    /** The working day {@code days} working days after (or before, if negative) {@code date}. */
    @GetMapping("/add")
    public AddWorkingDaysResponse add(@RequestParam("date") @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                                      @RequestParam("days") int days) {
        checkYear(date.getYear(), "date");
        if (Math.abs(days) > MAX_DAYS) {
            throw new CalendarValidationException("days",
                    "Số ngày làm việc phải nằm trong khoảng từ -" + MAX_DAYS + " đến " + MAX_DAYS + ".");
        }
        LocalDate result;
        try {
            result = calendar.addWorkingDays(date, days);
        } catch (IllegalArgumentException outOfRange) {
            throw new CalendarValidationException("days", "Kết quả vượt ra ngoài phạm vi lịch được hỗ trợ (năm "
                    + VietnameseHolidays.MIN_YEAR + "–" + VietnameseHolidays.MAX_YEAR + ").");
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
    public CalendarOverride putOverride(@PathVariable("date") @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                                        @RequestBody(required = false) OverrideRequest body,
                                        Principal principal) {
        if (body == null) {
            throw new CalendarValidationException("body",
                    "Thiếu nội dung yêu cầu: {\"kind\": \"DAY_OFF\" hoặc \"WORKING_DAY\", \"description\": \"...\"}.");
        }
        return calendar.putOverride(date, parseKind(body.kind()), body.description(),
                principal == null ? null : principal.getName());
    }

    /** Removes the override of a day: 204, or 404 if there was none. */
    @DeleteMapping("/overrides/{date}")
    @PreAuthorize("hasAuthority('camunda-admin')")
    public ResponseEntity<Void> deleteOverride(@PathVariable("date") @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        if (!calendar.deleteOverride(date)) {
            throw new CalendarOverrideNotFoundException(date);
        }
        return ResponseEntity.noContent().build();
    }

    private static DayKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new CalendarValidationException("kind",
                    "Loại ngày là bắt buộc: DAY_OFF (ngày nghỉ) hoặc WORKING_DAY (ngày làm việc).");
        }
        try {
            return DayKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CalendarValidationException("kind",
                    "Loại ngày phải là DAY_OFF (ngày nghỉ) hoặc WORKING_DAY (ngày làm việc).");
        }
    }

    private static void checkYear(int year, String field) {
        if (year < VietnameseHolidays.MIN_YEAR || year > VietnameseHolidays.MAX_YEAR) {
            throw new CalendarValidationException(field, "Chỉ hỗ trợ các năm từ " + VietnameseHolidays.MIN_YEAR
                    + " đến " + VietnameseHolidays.MAX_YEAR + ".");
        }
    }
}
