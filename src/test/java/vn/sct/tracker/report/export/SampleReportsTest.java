package vn.sct.tracker.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator of the checked-in samples still runs, and its totals add up. */
class SampleReportsTest {

    @Test
    void writesBothSamples(@TempDir Path dir) throws IOException {
        SampleReports.main(new String[] {dir.toString()});

        try (InputStream in = Files.newInputStream(dir.resolve("bao-cao-mau.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Tổng hợp");
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Văn phòng Sở");
            assertThat(sheet.getRow(13).getCell(1).getStringCellValue())
                    .isEqualTo("Trung tâm Khuyến công và Xúc tiến thương mại");
            assertThat(sheet.getRow(14).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(14).getCell(4).getNumericCellValue()).isEqualTo(60.0);
            assertThat(wb.getSheet("Danh sách kiểm điểm").getLastRowNum()).isEqualTo(10);
        }
        try (InputStream in = Files.newInputStream(dir.resolve("bao-cao-mau.docx"));
             XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("UBND TỈNH HÀ TĨNH");
            assertThat(doc.getTables().get(3).getRow(0).getCell(1).getText()).contains("Nguyễn Văn Thành");
        }
    }
}
