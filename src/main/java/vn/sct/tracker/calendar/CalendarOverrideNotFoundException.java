package vn.sct.tracker.calendar;

import java.time.LocalDate;

/** No override exists for the day; rendered as HTTP 404 by {@link CalendarExceptionHandler}. */
public class CalendarOverrideNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LocalDate day;

    public CalendarOverrideNotFoundException(LocalDate day) {
        super("Ngày " + VietnameseText.date(day) + " không có điều chỉnh lịch làm việc nào.");
        this.day = day;
    }

    /** @return the day that has no override */
    public LocalDate getDay() {
        return day;
    }
}
