package vn.sct.tracker.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XlsxReportWriterTest {

    private static final DataFormatter FORMAT = new DataFormatter();

    private XSSFWorkbook wb;

    @BeforeEach
    void write() throws IOException {
        wb = read(new XlsxReportWriter().write(ExportFixtures.report(), ExportFixtures.letterhead()));
    }

    @AfterEach
    void close() throws IOException {
        wb.close();
    }

    @Test
    void hasTheTwoSheetsInOrder() {
        assertThat(wb.getNumberOfSheets()).isEqualTo(2);
        assertThat(wb.getSheetName(0)).isEqualTo("Tổng hợp");
        assertThat(wb.getSheetName(1)).isEqualTo("Danh sách kiểm điểm");
    }

    @Test
    void summaryTitleRows() {
        XSSFSheet s = wb.getSheet("Tổng hợp");
        assertThat(text(s, 0, 0)).isEqualTo("SỞ CÔNG THƯƠNG");
        assertThat(text(s, 1, 0)).isEqualTo("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
        assertThat(text(s, 2, 0)).isEqualTo("tháng 11/2026");
        // 10:00 UTC is 17:00 in Hanoi
        assertThat(text(s, 3, 0)).isEqualTo("Số liệu tính đến 17:00 30/11/2026");
        assertThat(s.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isTrue();
    }

    @Test
    void summaryHeader() {
        XSSFSheet s = wb.getSheet("Tổng hợp");
        assertThat(rowTexts(s.getRow(5))).containsExactly("STT", "Đơn vị", "Kỳ trước chuyển sang", "Nhận trong kỳ",
                "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện trong hạn",
                "Đang thực hiện quá hạn", "Sắp đến hạn", "Số nhiệm vụ được gia hạn", "Số lần gia hạn",
                "Tỷ lệ đúng hạn (%)");
        XSSFCellStyle header = s.getRow(5).getCell(8).getCellStyle();
        assertThat(header.getWrapText()).isTrue();
        assertThat(header.getFont().getBold()).isTrue();
        assertThat(header.getFont().getFontName()).isEqualTo("Times New Roman");
    }

    @Test
    void everyFigureOfEveryRowIsANumber() {
        XSSFSheet s = wb.getSheet("Tổng hợp");
        assertRow(s.getRow(6), "1", "Phòng Quản lý Công nghiệp", 2, 5, 7, 3, 1, 1, 2, 1, 0, 0);
        assertRow(s.getRow(7), "2", "Phòng Quản lý Thương mại", 1, 3, 4, 2, 0, 2, 0, 1, 1, 2);
        assertRow(s.getRow(8), "3", "Trung tâm Khuyến công và Xúc tiến thương mại", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertRow(s.getRow(9), "", "Tổng cộng", 3, 8, 11, 5, 1, 3, 2, 2, 1, 2);
        assertThat(s.getLastRowNum()).isEqualTo(9);
    }

    @Test
    void rateIsANumberWithTwoDecimalsOrADash() {
        XSSFSheet s = wb.getSheet("Tổng hợp");
        XSSFCell industry = s.getRow(6).getCell(12);
        assertThat(industry.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(industry.getNumericCellValue()).isEqualTo(50.0);
        assertThat(industry.getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(FORMAT.formatCellValue(industry)).isEqualTo("50.00");
        assertThat(FORMAT.formatCellValue(s.getRow(7).getCell(12))).isEqualTo("100.00");
        assertThat(FORMAT.formatCellValue(s.getRow(9).getCell(12))).isEqualTo("62.50");

        XSSFCell centre = s.getRow(8).getCell(12);
        assertThat(centre.getCellType()).isEqualTo(CellType.STRING);
        assertThat(centre.getStringCellValue()).isEqualTo("—");
    }

    @Test
    void totalRowIsBold() {
        XSSFRow total = wb.getSheet("Tổng hợp").getRow(9);
        for (int c = 1; c <= 12; c++) {
            assertThat(total.getCell(c).getCellStyle().getFont().getBold()).as("column %d", c).isTrue();
        }
        assertThat(wb.getSheet("Tổng hợp").getRow(6).getCell(4).getCellStyle().getFont().getBold()).isFalse();
    }

    @Test
    void lateAndOverdueCellsAreRedWhenAboveZero() {
        XSSFSheet s = wb.getSheet("Tổng hợp");
        assertThat(fill(s.getRow(6).getCell(6))).isEqualTo("FFC7CE"); // Hoàn thành quá hạn = 1
        assertThat(fill(s.getRow(6).getCell(8))).isEqualTo("FFC7CE"); // Đang thực hiện quá hạn = 2
        assertThat(fill(s.getRow(9).getCell(6))).isEqualTo("FFC7CE");
        assertThat(fill(s.getRow(9).getCell(8))).isEqualTo("FFC7CE");
        assertThat(fill(s.getRow(7).getCell(6))).isNull(); // 0
        assertThat(fill(s.getRow(7).getCell(8))).isNull();
        assertThat(fill(s.getRow(6).getCell(5))).isNull(); // on time: never coloured
    }

    @Test
    void rateIsGreenOnTargetElseOrange() {
        XSSFSheet s = wb.getSheet("Tổng hợp");
        assertThat(fill(s.getRow(6).getCell(12))).isEqualTo("F8CBAD"); // 50.00
        assertThat(fill(s.getRow(7).getCell(12))).isEqualTo("C6EFCE"); // 100.00
        assertThat(fill(s.getRow(8).getCell(12))).isEqualTo("C6EFCE"); // nothing due: meets the target
        assertThat(fill(s.getRow(9).getCell(12))).isEqualTo("F8CBAD"); // 62.50
    }

    @Test
    void pageAndPanes() {
        for (XSSFSheet s : List.of(wb.getSheetAt(0), wb.getSheetAt(1))) {
            PaneInformation pane = s.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 6);
            PrintSetup ps = s.getPrintSetup();
            assertThat(ps.getLandscape()).isTrue();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).isEqualTo((short) 0);
            assertThat(s.getFitToPage()).isTrue();
        }
        XSSFSheet summary = wb.getSheet("Tổng hợp");
        assertThat(summary.getColumnWidth(1)).isEqualTo(40 * 256);
        assertThat(summary.getColumnWidth(8)).isGreaterThanOrEqualTo(10 * 256);
    }

    @Test
    void accountabilityList() {
        XSSFSheet s = wb.getSheet("Danh sách kiểm điểm");
        assertThat(text(s, 0, 0)).isEqualTo("SỞ CÔNG THƯƠNG");
        assertThat(text(s, 1, 0)).isEqualTo("DANH SÁCH NHIỆM VỤ CHẬM, QUÁ HẠN");
        assertThat(text(s, 2, 0)).isEqualTo("tháng 11/2026");
        assertThat(rowTexts(s.getRow(5))).containsExactly("STT", "Mã nhiệm vụ", "Trích yếu", "Đơn vị chủ trì",
                "Người thụ lý", "Thời hạn", "Tình trạng", "Số ngày làm việc chậm", "Lý do / giải trình");
        assertThat(rowTexts(s.getRow(6))).containsExactly("1", "NV-2026-00012",
                "Kiểm tra an toàn đập thủy điện Trị An trước mùa mưa bão", "Phòng Quản lý Công nghiệp",
                "Nguyễn Văn An", "09/11/2026", "Hoàn thành quá hạn", "3",
                "Chờ ý kiến của Sở Nông nghiệp và Môi trường.");
        // no full name: the user id
        assertThat(rowTexts(s.getRow(7))).containsExactly("2", "NV-2026-00017",
                "Báo cáo tình hình hoạt động các cụm công nghiệp quý III", "Phòng Quản lý Công nghiệp",
                "tranthibich", "16/11/2026", "Đang thực hiện quá hạn", "10", "");
        assertThat(s.getRow(6).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC); // a real date
        assertThat(s.getRow(7).getCell(7).getNumericCellValue()).isEqualTo(10.0);
        assertThat(s.getLastRowNum()).isEqualTo(7);
    }

    @Test
    void emptyAccountabilityListSaysSo() throws IOException {
        try (XSSFWorkbook quiet = read(new XlsxReportWriter().write(ExportFixtures.quietReport(),
                ExportFixtures.draftLetterhead()))) {
            XSSFSheet summary = quiet.getSheet("Tổng hợp");
            assertThat(text(summary, 2, 0)).isEqualTo("từ 01/02/2026 đến 15/02/2026");
            assertThat(text(summary, 3, 0)).isEqualTo("Số liệu tính đến 23:59 15/02/2026");
            assertRow(summary.getRow(6), "1", "Trung tâm Khuyến công và Xúc tiến thương mại",
                    0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            assertRow(summary.getRow(7), "", "Tổng cộng", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            assertThat(text(summary, 7, 12)).isEqualTo("—");

            XSSFSheet list = quiet.getSheet("Danh sách kiểm điểm");
            assertThat(text(list, 6, 0)).isEqualTo("Không có nhiệm vụ chậm, quá hạn.");
            assertThat(list.getLastRowNum()).isEqualTo(6);
        }
    }

    // ---------------------------------------------------------------------------------------------------

    private static void assertRow(Row row, String stt, String name, int... figures) {
        assertThat(FORMAT.formatCellValue(row.getCell(0))).isEqualTo(stt);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(name);
        List<Integer> actual = new ArrayList<>();
        for (int i = 0; i < figures.length; i++) {
            XSSFCell c = (XSSFCell) row.getCell(2 + i);
            assertThat(c.getCellType()).as("%s column %d", name, 2 + i).isEqualTo(CellType.NUMERIC);
            actual.add((int) c.getNumericCellValue());
        }
        List<Integer> expected = new ArrayList<>();
        for (int f : figures) {
            expected.add(f);
        }
        assertThat(actual).as(name).isEqualTo(expected);
    }

    private static String fill(XSSFCell cell) {
        XSSFCellStyle style = cell.getCellStyle();
        if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return null;
        }
        XSSFColor colour = style.getFillForegroundColorColor();
        return colour == null ? null : colour.getARGBHex().substring(2);
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        return FORMAT.formatCellValue(sheet.getRow(row).getCell(col));
    }

    private static List<String> rowTexts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(FORMAT.formatCellValue(row.getCell(c)));
        }
        return out;
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        assertThat(bytes).isNotEmpty();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
