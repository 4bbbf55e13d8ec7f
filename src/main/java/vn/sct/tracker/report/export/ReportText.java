package vn.sct.tracker.report.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.report.AccountabilityItem;
import vn.sct.tracker.report.DivisionFigures;

/** The texts both exports share: column titles, dates and moments as Vietnamese documents write them. */
final class ReportText {

    static final String FONT = "Times New Roman";

    static final String TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ";
    static final String NO_ACCOUNTABILITY = "Không có nhiệm vụ chậm, quá hạn.";
    static final String NO_RATE = "—";

    /** The columns of the figures table, in order. */
    static final List<String> FIGURE_HEADERS = List.of(
            "STT", "Đơn vị", "Kỳ trước chuyển sang", "Nhận trong kỳ", "Tổng số", "Hoàn thành đúng hạn",
            "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Đang thực hiện quá hạn", "Sắp đến hạn",
            "Số nhiệm vụ được gia hạn", "Số lần gia hạn", "Tỷ lệ đúng hạn (%)");

    /** The columns of the accountability list, in order. */
    static final List<String> ACCOUNTABILITY_HEADERS = List.of(
            "STT", "Mã nhiệm vụ", "Trích yếu", "Đơn vị chủ trì", "Người thụ lý", "Thời hạn", "Tình trạng",
            "Số ngày làm việc chậm", "Lý do / giải trình");

    /** Index (in {@link #FIGURE_HEADERS}) of the first numeric column. */
    static final int FIRST_FIGURE = 2;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private ReportText() {
    }

    /** The ten counts of a row, in the order of the numeric columns (without the rate). */
    static int[] figures(DivisionFigures f) {
        return new int[] {f.carriedOver(), f.received(), f.total(), f.doneOnTime(), f.doneLate(),
                f.openWithinDeadline(), f.openOverdue(), f.dueSoon(), f.extendedDirectives(), f.extensionsGranted()};
    }

    /** Whether the numeric column at {@code index} of {@link #figures} counts late or overdue directives. */
    static boolean isLateColumn(int index) {
        return index == 4 || index == 6;
    }

    /** {@code dd/MM/yyyy}, "" for null. */
    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code HH:mm dd/MM/yyyy} in Asia/Ho_Chi_Minh, whatever the offset the moment carries. */
    static String moment(OffsetDateTime moment) {
        return moment == null ? "" : MOMENT.format(moment.atZoneSameInstant(AppClock.ZONE));
    }

    /** "17:00 ngày 30/11/2026" in Asia/Ho_Chi_Minh. */
    static String timeAndDate(OffsetDateTime moment) {
        var local = moment.atZoneSameInstant(AppClock.ZONE);
        return "%02d:%02d ngày %s".formatted(local.getHour(), local.getMinute(), DATE.format(local));
    }

    /** "Số liệu tính đến 17:00 30/11/2026". */
    static String asOf(OffsetDateTime moment) {
        return "Số liệu tính đến " + moment(moment);
    }

    /** A rate with two decimals and the Vietnamese decimal comma ("87,50"); "—" for null. */
    static String rate(BigDecimal rate) {
        return rate == null ? NO_RATE : rate.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /**
     * "ngày 05 tháng 02 năm 2026", "ngày 15 tháng 11 năm 2026": Nghị định 30/2020/NĐ-CP writes a zero
     * before days under 10 and before months 1 and 2 only ("ngày 05 tháng 3 năm 2026").
     */
    static String dateInWords(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month < 3 ? "%02d".formatted(month) : Integer.toString(month);
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(), monthText, date.getYear());
    }

    /** The person handling the item: full name, else user id. */
    static String responsible(AccountabilityItem item) {
        return isBlank(item.responsibleName()) ? nullToEmpty(item.responsible()) : item.responsibleName();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
