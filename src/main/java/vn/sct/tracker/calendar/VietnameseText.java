package vn.sct.tracker.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Small helpers that render dates the way Vietnamese administrative texts write them. */
final class VietnameseText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseText() {
    }

    /** {@code "thứ Hai"} ... {@code "thứ Bảy"}, {@code "Chủ nhật"}. */
    static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /** {@code dd/MM/yyyy}. */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** E.g. {@code "thứ Bảy 07/02/2026"}. */
    static String weekdayAndDate(LocalDate date) {
        return weekday(date.getDayOfWeek()) + " " + date(date);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
