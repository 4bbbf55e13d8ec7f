package vn.sct.tracker.report.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Writes the checked-in samples {@code docs/bao-cao-mau.xlsx} and {@code docs/bao-cao-mau.docx} from a
 * realistic month of the Department (fictitious people and figures). Run from the repository root:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.sct.tracker.report.export.SampleReports [dir]
 * </pre>
 */
public final class SampleReports {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);

    private SampleReports() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs");
        Files.createDirectories(dir);
        DirectiveReport report = report();
        ReportLetterhead letterhead = letterhead();
        Path xlsx = dir.resolve("bao-cao-mau.xlsx");
        Path docx = dir.resolve("bao-cao-mau.docx");
        Files.write(xlsx, new XlsxReportWriter().write(report, letterhead, sections()));
        Files.write(docx, new DocxReportWriter().write(report, letterhead, sections()));
        System.out.println("Wrote " + xlsx.toAbsolutePath() + " and " + docx.toAbsolutePath());
    }

    /** What the monthly report adds after the tables (the Office's assessment, who reported, programme tasks). */
    public static List<vn.sct.tracker.report.ReportSection> sections() {
        return List.of(
                new vn.sct.tracker.report.ReportSection("Đánh giá chung, đề xuất", List.of(
                        "Các phòng, đơn vị cơ bản hoàn thành nhiệm vụ được giao; tỷ lệ hoàn thành đúng hạn 87,50%, chưa đạt"
                                + " chỉ tiêu 100% do 2 nhiệm vụ hoàn thành quá hạn và 3 nhiệm vụ đang quá hạn.",
                        "Đề nghị Phòng Quản lý Công nghiệp và Phòng Quản lý Năng lượng khẩn trương hoàn thành các nhiệm vụ"
                                + " quá hạn trước ngày 10/12/2026; Văn phòng tiếp tục đôn đốc hằng tuần.")),
                new vn.sct.tracker.report.ReportSection("Tình hình gửi báo cáo của các phòng, đơn vị", List.of(
                        "Thanh tra Sở, các Phòng Kế hoạch - Tài chính - Tổng hợp, Quản lý Công nghiệp, Quản lý Thương mại,"
                                + " Kỹ thuật an toàn - Môi trường: gửi báo cáo đúng hạn.",
                        "Phòng Quản lý Năng lượng: gửi báo cáo muộn (Văn phòng tiếp nhận 09:00 26/11/2026).",
                        "Trung tâm Khuyến công và Xúc tiến thương mại: không gửi báo cáo.")),
                new vn.sct.tracker.report.ReportSection("Nhiệm vụ đăng ký vào chương trình công tác của UBND tỉnh", List.of(
                        "Phòng Quản lý Công nghiệp: Đề án phát triển cụm công nghiệp giai đoạn 2026-2030, trình tháng 12/2026.",
                        "Phòng Kỹ thuật an toàn - Môi trường: Kế hoạch kiểm tra an toàn hồ đập thủy điện mùa mưa lũ,"
                                + " trình tháng 01/2027.")));
    }

    /** November 2026, classified at 17:00 on its last day. */
    public static DirectiveReport report() {
        List<DivisionFigures> divisions = List.of(
                figures("VP", "Văn phòng Sở", 3, 9, 8, 0, 4, 0, 1, 1, 1),
                figures("TTR", "Thanh tra Sở", 1, 4, 3, 1, 1, 0, 0, 0, 0),
                figures("KHTC", "Phòng Kế hoạch - Tài chính - Tổng hợp", 2, 7, 6, 0, 2, 1, 1, 1, 2),
                figures("QLCN", "Phòng Quản lý Công nghiệp", 4, 8, 7, 1, 3, 1, 2, 2, 2),
                figures("QLTM", "Phòng Quản lý Thương mại", 2, 6, 5, 0, 3, 0, 1, 0, 0),
                figures("QLNL", "Phòng Quản lý Năng lượng", 3, 5, 4, 0, 3, 1, 0, 1, 1),
                figures("KTAT", "Phòng Kỹ thuật an toàn - Môi trường", 1, 3, 2, 0, 2, 0, 0, 0, 0),
                figures("TTKC", "Trung tâm Khuyến công và Xúc tiến thương mại", 0, 2, 0, 0, 2, 0, 1, 0, 0));
        List<AccountabilityItem> accountability = List.of(
                item("NV-2026-00087", "Kiểm tra việc chấp hành quy định về kinh doanh xăng dầu trên địa bàn huyện "
                                + "Long Thành theo Văn bản số 8123/UBND-KTN của UBND tỉnh",
                        "TTR", "Thanh tra Sở", "tranthimai", "Trần Thị Mai", LocalDate.of(2026, 11, 6),
                        ReportState.DONE_LATE, 3,
                        "Đoàn kiểm tra phải chờ kết quả thử nghiệm mẫu xăng dầu của đơn vị kiểm định."),
                item("NV-2026-00102", "Tham mưu báo cáo đánh giá tình hình thực hiện kế hoạch đầu tư công năm 2026 "
                                + "và dự kiến kế hoạch năm 2027",
                        "KHTC", "Phòng Kế hoạch - Tài chính - Tổng hợp", "levanphuc", "Lê Văn Phúc",
                        LocalDate.of(2026, 11, 20), ReportState.OPEN_OVERDUE, 7,
                        "Chờ số liệu giải ngân của các chủ đầu tư; đã có văn bản đôn đốc ngày 18/11/2026."),
                item("NV-2026-00095", "Rà soát, đề xuất điều chỉnh quy hoạch chi tiết cụm công nghiệp Phước Bình",
                        "QLCN", "Phòng Quản lý Công nghiệp", "phamminhtuan", "Phạm Minh Tuấn",
                        LocalDate.of(2026, 11, 13), ReportState.OPEN_OVERDUE, 12,
                        "Đang lấy ý kiến các sở, ngành và UBND huyện Long Thành; dự kiến hoàn thành trước "
                                + "ngày 05/12/2026."),
                item("NV-2026-00091", "Báo cáo tình hình hoạt động của các cụm công nghiệp trên địa bàn tỉnh 10 tháng "
                                + "năm 2026",
                        "QLCN", "Phòng Quản lý Công nghiệp", "nguyenthihongnhung", "Nguyễn Thị Hồng Nhung",
                        LocalDate.of(2026, 11, 10), ReportState.DONE_LATE, 2,
                        "Một số chủ đầu tư hạ tầng cụm công nghiệp gửi số liệu chậm."),
                item("NV-2026-00110", "Đôn đốc tiến độ bồi thường, giải phóng mặt bằng dự án đường dây 500 kV mạch 3 "
                                + "đoạn qua tỉnh",
                        "QLNL", "Phòng Quản lý Năng lượng", "vothanhson", "Võ Thanh Sơn",
                        LocalDate.of(2026, 11, 24), ReportState.OPEN_OVERDUE, 4, ""));
        return new DirectiveReport(ReportPeriod.month(YearMonth.of(2026, 11)),
                OffsetDateTime.of(2026, 11, 30, 17, 0, 0, 0, VN), divisions, sum(divisions), accountability,
                accountability.size());
    }

    public static ReportLetterhead letterhead() {
        return new ReportLetterhead("UBND TỈNH HÀ TĨNH", "SỞ CÔNG THƯƠNG", "215/BC-SCT", "Hà Tĩnh",
                LocalDate.of(2026, 12, 1), "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Văn Thành",
                List.of("UBND tỉnh (để báo cáo);", "Giám đốc, các Phó Giám đốc Sở;",
                        "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."));
    }

    /** A division's row; total and on-time rate computed as the report service does. */
    static DivisionFigures figures(String code, String name, int carriedOver, int received, int doneOnTime,
                                   int doneLate, int openWithinDeadline, int openOverdue, int dueSoon,
                                   int extendedDirectives, int extensionsGranted) {
        return new DivisionFigures(code, name, carriedOver, received, carriedOver + received, doneOnTime, doneLate,
                openWithinDeadline, openOverdue, dueSoon, extendedDirectives, extensionsGranted,
                rate(doneOnTime, doneLate, openOverdue));
    }

    /** The Department's row: the sum of the divisions'. */
    static DivisionFigures sum(List<DivisionFigures> rows) {
        int[] s = new int[10];
        for (DivisionFigures f : rows) {
            int[] v = ReportText.figures(f);
            for (int i = 0; i < s.length; i++) {
                s[i] += v[i];
            }
        }
        return new DivisionFigures(null, "Tổng cộng", s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9],
                rate(s[3], s[4], s[6]));
    }

    static AccountabilityItem item(String id, String summary, String divisionCode, String divisionName,
                                   String user, String userName, LocalDate deadline, ReportState state,
                                   int workingDaysLate, String reason) {
        return new AccountabilityItem(id, summary, divisionCode, divisionName, user, userName, deadline, state,
                workingDaysLate, "pi-" + id, reason);
    }

    private static BigDecimal rate(int onTime, int late, int overdue) {
        int due = onTime + late + overdue;
        return due == 0 ? null
                : BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(due), 2, RoundingMode.HALF_UP);
    }
}
