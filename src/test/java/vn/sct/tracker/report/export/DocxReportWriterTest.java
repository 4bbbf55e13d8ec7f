package vn.sct.tracker.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class DocxReportWriterTest {

    private XWPFDocument doc;

    @BeforeEach
    void write() throws IOException {
        doc = read(new DocxReportWriter().write(ExportFixtures.report(), ExportFixtures.letterhead()));
    }

    @AfterEach
    void close() throws IOException {
        doc.close();
    }

    @Test
    void letterheadLeft() {
        XWPFTableCell left = doc.getTables().get(0).getRow(0).getCell(0);
        List<XWPFParagraph> p = left.getParagraphs();
        assertThat(texts(p)).containsExactly("UBND TỈNH HÀ TĨNH", "SỞ CÔNG THƯƠNG", "", "Số: 125/BC-SCT");
        assertThat(bold(p.get(0))).isFalse();
        assertThat(bold(p.get(1))).isTrue();
        assertThat(p.get(2).getBorderTop()).isEqualTo(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        assertThat(p.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    }

    @Test
    void letterheadRightHasNationalTitleAndMotto() {
        XWPFTableCell right = doc.getTables().get(0).getRow(0).getCell(1);
        List<XWPFParagraph> p = right.getParagraphs();
        assertThat(texts(p)).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                "Hà Tĩnh, ngày 05 tháng 12 năm 2026");
        assertThat(bold(p.get(0))).isTrue();
        assertThat(bold(p.get(1))).isTrue();
        assertThat(p.get(3).getRuns().get(0).isItalic()).isTrue();
        assertThat(bold(p.get(3))).isFalse();
    }

    @Test
    void letterheadTableHasNoBorders() {
        XWPFTable header = doc.getTables().get(0);
        assertThat(header.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
        assertThat(header.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
        assertThat(header.getLeftBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
        assertThat(doc.getTables().get(1).getInsideHBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
    }

    @Test
    void titleAndSummary() {
        List<String> body = bodyParagraphs();
        int title = body.indexOf("BÁO CÁO");
        assertThat(title).isNotNegative();
        assertThat(body.get(title + 1)).isEqualTo("Kết quả thực hiện nhiệm vụ được giao tháng 11/2026");
        XWPFParagraph subject = doc.getParagraphs().stream()
                .filter(p -> p.getText().startsWith("Kết quả thực hiện")).findFirst().orElseThrow();
        assertThat(subject.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(bold(subject)).isTrue();

        assertThat(body).contains(
                "Trong kỳ (tháng 11/2026), Sở nhận 8 nhiệm vụ mới, kỳ trước chuyển sang 3 nhiệm vụ; tổng số nhiệm vụ "
                        + "phải thực hiện là 11.",
                "Tính đến 17:00 ngày 30/11/2026: đã hoàn thành 6 nhiệm vụ (5 đúng hạn, 1 quá hạn); đang thực hiện "
                        + "5 nhiệm vụ (3 trong hạn, trong đó 2 sắp đến hạn; 2 quá hạn). Có 1 nhiệm vụ được gia hạn "
                        + "(2 lần gia hạn).",
                "Tỷ lệ hoàn thành đúng hạn đạt 62,50% (chỉ tiêu 100%), chưa đạt chỉ tiêu.",
                "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ",
                "II. DANH SÁCH NHIỆM VỤ CHẬM, QUÁ HẠN");
    }

    @Test
    void divisionTable() {
        XWPFTable t = doc.getTables().get(1);
        assertThat(t.getNumberOfRows()).isEqualTo(5);
        assertThat(cells(t.getRow(0))).containsExactly("STT", "Đơn vị", "Kỳ trước chuyển sang", "Nhận trong kỳ",
                "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện trong hạn",
                "Đang thực hiện quá hạn", "Sắp đến hạn", "Số nhiệm vụ được gia hạn", "Số lần gia hạn",
                "Tỷ lệ đúng hạn (%)");
        assertThat(t.getRow(0).isRepeatHeader()).isTrue();
        assertThat(cells(t.getRow(1))).containsExactly("1", "Phòng Quản lý Công nghiệp",
                "2", "5", "7", "3", "1", "1", "2", "1", "0", "0", "50,00");
        assertThat(cells(t.getRow(2))).containsExactly("2", "Phòng Quản lý Thương mại",
                "1", "3", "4", "2", "0", "2", "0", "1", "1", "2", "100,00");
        assertThat(cells(t.getRow(3))).containsExactly("3", "Trung tâm Khuyến công và Xúc tiến thương mại",
                "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "—");
        assertThat(cells(t.getRow(4))).containsExactly("", "Tổng cộng",
                "3", "8", "11", "5", "1", "3", "2", "2", "1", "2", "62,50");
        for (int c = 1; c < 13; c++) {
            assertThat(bold(t.getRow(4).getCell(c).getParagraphs().get(0))).as("total column %d", c).isTrue();
            assertThat(bold(t.getRow(1).getCell(c).getParagraphs().get(0))).as("row 1 column %d", c).isFalse();
        }
    }

    @Test
    void accountabilityTable() {
        XWPFTable t = doc.getTables().get(2);
        assertThat(t.getNumberOfRows()).isEqualTo(3);
        assertThat(cells(t.getRow(0))).containsExactly("STT", "Mã nhiệm vụ", "Trích yếu", "Đơn vị chủ trì",
                "Người thụ lý", "Thời hạn", "Tình trạng", "Số ngày làm việc chậm", "Lý do / giải trình");
        assertThat(cells(t.getRow(1))).containsExactly("1", "NV-2026-00012",
                "Kiểm tra an toàn đập thủy điện Trị An trước mùa mưa bão", "Phòng Quản lý Công nghiệp",
                "Nguyễn Văn An", "09/11/2026", "Hoàn thành quá hạn", "3",
                "Chờ ý kiến của Sở Nông nghiệp và Môi trường.");
        assertThat(cells(t.getRow(2))).containsExactly("2", "NV-2026-00017",
                "Báo cáo tình hình hoạt động các cụm công nghiệp quý III", "Phòng Quản lý Công nghiệp",
                "tranthibich", "16/11/2026", "Đang thực hiện quá hạn", "10", "");
        assertThat(bodyParagraphs()).doesNotContain("Không có nhiệm vụ chậm, quá hạn.");
    }

    @Test
    void signatureBlock() {
        assertThat(doc.getTables()).hasSize(4);
        XWPFTableRow row = doc.getTables().get(3).getRow(0);
        List<XWPFParagraph> left = row.getCell(0).getParagraphs();
        assertThat(texts(left)).containsExactly("Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT, VP.");
        assertThat(bold(left.get(0))).isTrue();
        assertThat(left.get(0).getRuns().get(0).isItalic()).isTrue();

        List<XWPFParagraph> right = row.getCell(1).getParagraphs();
        assertThat(texts(right)).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "", "Lê Thị Hạnh");
        assertThat(bold(right.get(0))).isTrue();
        assertThat(bold(right.get(6))).isTrue();
        assertThat(right.get(6).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        // the signature block is the last thing in the document
        List<IBodyElement> elements = doc.getBodyElements();
        assertThat(elements.get(elements.size() - 1)).isSameAs(doc.getTables().get(3));
    }

    @Test
    void pageA4LandscapeWithAdministrativeMargins() {
        CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
        assertThat(size.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        assertThat(twips(size.getW())).isEqualTo(16838);
        assertThat(twips(size.getH())).isEqualTo(11906);
        CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
        assertThat(twips(mar.getTop())).isEqualTo(1134);    // 20 mm
        assertThat(twips(mar.getBottom())).isEqualTo(1134); // 20 mm
        assertThat(twips(mar.getLeft())).isEqualTo(1701);   // 30 mm
        assertThat(twips(mar.getRight())).isEqualTo(850);   // 15 mm
    }

    @Test
    void timesNewRoman13InTheBody() {
        XWPFParagraph summary = doc.getParagraphs().stream()
                .filter(p -> p.getText().startsWith("Trong kỳ")).findFirst().orElseThrow();
        XWPFRun run = summary.getRuns().get(0);
        assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
        assertThat(run.getFontFamily(XWPFRun.FontCharRange.hAnsi)).isEqualTo("Times New Roman");
        assertThat(run.getFontSizeAsDouble()).isEqualTo(13.0);
        assertThat(summary.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
    }

    @Test
    void draftWithNothingLate() throws IOException {
        try (XWPFDocument quiet = read(new DocxReportWriter().write(ExportFixtures.quietReport(),
                ExportFixtures.draftLetterhead()))) {
            assertThat(quiet.getTables()).hasSize(3); // letterhead, divisions, signature: no list
            List<XWPFParagraph> left = quiet.getTables().get(0).getRow(0).getCell(0).getParagraphs();
            assertThat(left.get(3).getText()).isEqualTo("Số:      /BC-");
            List<XWPFParagraph> right = quiet.getTables().get(0).getRow(0).getCell(1).getParagraphs();
            // Nghị định 30: a zero before days under 10 and months 1 and 2
            assertThat(right.get(3).getText()).isEqualTo("Hà Tĩnh, ngày 03 tháng 02 năm 2026");

            List<String> body = quiet.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(body).contains("Kết quả thực hiện nhiệm vụ được giao từ 01/02/2026 đến 15/02/2026",
                    "Không có nhiệm vụ chậm, quá hạn.",
                    "Chưa có nhiệm vụ đến hạn nên chưa tính tỷ lệ hoàn thành đúng hạn.");
            int heading = body.indexOf("II. DANH SÁCH NHIỆM VỤ CHẬM, QUÁ HẠN");
            assertThat(body.get(heading + 1)).isEqualTo("Không có nhiệm vụ chậm, quá hạn.");

            XWPFTable divisions = quiet.getTables().get(1);
            assertThat(cells(divisions.getRow(2))).containsExactly("", "Tổng cộng",
                    "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "—");

            List<XWPFParagraph> signature = quiet.getTables().get(2).getRow(0).getCell(1).getParagraphs();
            assertThat(texts(signature)).containsExactly("GIÁM ĐỐC", "", "", "", "", "");
            assertThat(texts(quiet.getTables().get(2).getRow(0).getCell(0).getParagraphs()))
                    .containsExactly("Nơi nhận:");
        }
    }

    @Test
    void dateInWordsFollowsDecree30() {
        assertThat(ReportText.dateInWords(java.time.LocalDate.of(2026, 1, 9))).isEqualTo("ngày 09 tháng 01 năm 2026");
        assertThat(ReportText.dateInWords(java.time.LocalDate.of(2026, 3, 5))).isEqualTo("ngày 05 tháng 3 năm 2026");
        assertThat(ReportText.dateInWords(java.time.LocalDate.of(2026, 11, 25))).isEqualTo("ngày 25 tháng 11 năm 2026");
    }

    // ---------------------------------------------------------------------------------------------------

    private List<String> bodyParagraphs() {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> texts(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static boolean bold(XWPFParagraph p) {
        return !p.getRuns().isEmpty() && p.getRuns().stream().allMatch(XWPFRun::isBold);
    }

    private static long twips(Object value) {
        return ((BigInteger) value).longValue();
    }

    private static XWPFDocument read(byte[] bytes) throws IOException {
        assertThat(bytes).isNotEmpty();
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }
}
