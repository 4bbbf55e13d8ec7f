package vn.sct.tracker.report.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import vn.sct.tracker.deadline.ReportState;
import vn.sct.tracker.report.AccountabilityItem;
import vn.sct.tracker.report.DirectiveReport;
import vn.sct.tracker.report.DivisionFigures;
import vn.sct.tracker.report.ReportLetterhead;
import vn.sct.tracker.report.ReportPeriod;

/** Reports with known figures for the export tests: every value is written out, none computed. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    /** Late and overdue directives. */
    static final DivisionFigures INDUSTRY = new DivisionFigures("QLCN", "Phòng Quản lý Công nghiệp",
            2, 5, 7, 3, 1, 1, 2, 1, 0, 0, new BigDecimal("50.00"));
    /** An extension, everything on time. */
    static final DivisionFigures TRADE = new DivisionFigures("QLTM", "Phòng Quản lý Thương mại",
            1, 3, 4, 2, 0, 2, 0, 1, 1, 2, new BigDecimal("100.00"));
    /** Nothing at all. */
    static final DivisionFigures CENTRE = new DivisionFigures("TTKC", "Trung tâm Khuyến công và Xúc tiến thương mại",
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
    static final DivisionFigures TOTAL = new DivisionFigures(null, "Tổng cộng",
            3, 8, 11, 5, 1, 3, 2, 2, 1, 2, new BigDecimal("62.50"));

    static final AccountabilityItem LATE = new AccountabilityItem("NV-2026-00012",
            "Kiểm tra an toàn đập thủy điện Trị An trước mùa mưa bão", "QLCN", "Phòng Quản lý Công nghiệp",
            "nguyenvanan", "Nguyễn Văn An", LocalDate.of(2026, 11, 9), ReportState.DONE_LATE, 3, "pi-12",
            "Chờ ý kiến của Sở Nông nghiệp và Môi trường.");
    static final AccountabilityItem OVERDUE = new AccountabilityItem("NV-2026-00017",
            "Báo cáo tình hình hoạt động các cụm công nghiệp quý III", "QLCN", "Phòng Quản lý Công nghiệp",
            "tranthibich", "", LocalDate.of(2026, 11, 16), ReportState.OPEN_OVERDUE, 10, "pi-17", "");

    /** November 2026, classified at 10:00 UTC on 30/11 (17:00 in Hanoi). */
    static DirectiveReport report() {
        return new DirectiveReport(ReportPeriod.month(YearMonth.of(2026, 11)),
                OffsetDateTime.of(2026, 11, 30, 10, 0, 0, 0, ZoneOffset.UTC), List.of(INDUSTRY, TRADE, CENTRE),
                TOTAL, List.of(LATE, OVERDUE), 2);
    }

    /** A fortnight with nothing due and nothing late. */
    static DirectiveReport quietReport() {
        DivisionFigures zero = new DivisionFigures(null, "Tổng cộng", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
        return new DirectiveReport(new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 15)),
                OffsetDateTime.of(2026, 2, 15, 23, 59, 0, 0, ZoneOffset.ofHours(7)), List.of(CENTRE), zero,
                List.of(), 0);
    }

    static ReportLetterhead letterhead() {
        return new ReportLetterhead("UBND tỉnh Hà Tĩnh", "Sở Công Thương", "125/BC-SCT", "Hà Tĩnh",
                LocalDate.of(2026, 12, 5), "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", "Lê Thị Hạnh",
                List.of("UBND tỉnh (b/c);", "- Lưu: VT, VP."));
    }

    /** A draft: no number yet, no signer name. */
    static ReportLetterhead draftLetterhead() {
        return new ReportLetterhead("UBND TỈNH HÀ TĨNH", "SỞ CÔNG THƯƠNG", " ", "Hà Tĩnh",
                LocalDate.of(2026, 2, 3), "GIÁM ĐỐC", "", List.of());
    }
}
