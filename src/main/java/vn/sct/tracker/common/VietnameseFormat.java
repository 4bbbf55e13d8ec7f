package vn.sct.tracker.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, moments and numbers as Vietnamese administrative texts write them, in the {@code vi} locale and
 * the application's zone: {@code 05/02/2026}, {@code 07:30 05/02/2026}, {@code 87,50}, {@code 12.345}.
 */
public final class VietnameseFormat {

    public static final Locale VI = Locale.forLanguageTag("vi");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", VI);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy", VI);
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", VI);

    private VietnameseFormat() {
    }

    /** {@code dd/MM/yyyy}; "" for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code HH:mm dd/MM/yyyy} in the application's zone; "" for null. */
    public static String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment.atZone(AppClock.ZONE));
    }

    public static String moment(OffsetDateTime moment) {
        return moment == null ? "" : moment(moment.toInstant());
    }

    /** {@code dd/MM/yyyy HH:mm} in the application's zone, for lists in time order. */
    public static String dateAndTime(OffsetDateTime moment) {
        return moment == null ? "" : DATE_AND_TIME.format(moment.atZoneSameInstant(AppClock.ZONE));
    }

    /** A deadline moment (the start of the next day) as people read it: "hết ngày 26/11/2026". */
    public static String until(Instant deadlineMoment) {
        return "hết ngày " + date(AppClock.day(deadlineMoment.minusMillis(1)));
    }

    /** Two decimals with the decimal comma: {@code 87,50}. */
    public static String decimal(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(VI));
        return format.format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** A whole number with the thousands dot: {@code 12.345}. */
    public static String number(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(VI)).format(value);
    }

    /** A percentage: {@code 87,50%}. */
    public static String percent(BigDecimal rate) {
        return decimal(rate) + "%";
    }

    /** {@code "thứ Hai"} ... {@code "thứ Bảy"}, {@code "Chủ nhật"}. */
    public static String weekday(DayOfWeek day) {
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

    /**
     * "ngày 05 tháng 02 năm 2026": Nghị định 30/2020/NĐ-CP writes a zero before days under 10 and before
     * months 1 and 2 only ("ngày 05 tháng 3 năm 2026").
     */
    public static String dateInWords(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month < 3 ? "%02d".formatted(month) : Integer.toString(month);
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(), monthText, date.getYear());
    }
}
