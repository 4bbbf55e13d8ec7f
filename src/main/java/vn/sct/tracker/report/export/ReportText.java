package vn.sct.tracker.report.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.report.AccountabilityItem;
import vn.sct.tracker.report.DivisionFigures;

/**
 * The wording of the exported documents (official Vietnamese reports, so Vietnamese only): titles, column
 * headings, and the dates and moments as such documents write them ({@link VietnameseFormat}).
 */
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
        return VietnameseFormat.date(date);
    }

    /** {@code HH:mm dd/MM/yyyy} in Asia/Ho_Chi_Minh, whatever the offset the moment carries. */
    static String moment(OffsetDateTime moment) {
        return VietnameseFormat.moment(moment);
    }

    /** "17:00 ngày 30/11/2026" in Asia/Ho_Chi_Minh. */
    static String timeAndDate(OffsetDateTime moment) {
        var local = moment.atZoneSameInstant(AppClock.ZONE);
        return "%02d:%02d ngày %s".formatted(local.getHour(), local.getMinute(), VietnameseFormat.date(local.toLocalDate()));
    }

    /** "Số liệu tính đến 17:00 30/11/2026". */
    static String asOf(OffsetDateTime moment) {
        return "Số liệu tính đến " + moment(moment);
    }

    /** A rate with two decimals and the Vietnamese decimal comma ("87,50"); "—" for null. */
    static String rate(BigDecimal rate) {
        return rate == null ? NO_RATE : VietnameseFormat.decimal(rate);
    }

    /** "ngày 05 tháng 02 năm 2026" (see {@link VietnameseFormat#dateInWords}). */
    static String dateInWords(LocalDate date) {
        return VietnameseFormat.dateInWords(date);
    }

    /** The person handling the item: full name, else user id. */
    static String responsible(AccountabilityItem item) {
        return isBlank(item.responsibleName()) ? nullToEmpty(item.responsible()) : item.responsibleName();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The sentence under a shortened accountability table. */
    static String moreInSpreadsheet(int listed, int all) {
        return "Danh sách có " + VietnameseFormat.number(all) + " nhiệm vụ chậm, quá hạn; văn bản này liệt kê "
                + VietnameseFormat.number(listed) + " nhiệm vụ đầu, danh sách đầy đủ tại tệp Excel của báo cáo.";
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
