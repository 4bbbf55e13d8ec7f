package vn.sct.tracker.report.export;

import static vn.sct.tracker.report.export.ReportText.ACCOUNTABILITY_HEADERS;
import static vn.sct.tracker.report.export.ReportText.FIGURE_HEADERS;
import static vn.sct.tracker.report.export.ReportText.FIRST_FIGURE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.sct.tracker.report.AccountabilityItem;
import vn.sct.tracker.report.DirectiveReport;
import vn.sct.tracker.report.DivisionFigures;
import vn.sct.tracker.report.ReportLetterhead;

/**
 * The report as an Excel workbook: sheet "Tổng hợp" with the figures per division and the Department's
 * total, sheet "Danh sách kiểm điểm" with the late and overdue directives. Counts are numeric cells so
 * the sheet can be summed and filtered; the on-time rate is a number with two decimals, "—" when nothing
 * has fallen due. Times New Roman, A4 landscape, fitted to the page width.
 */
@Component
public class XlsxReportWriter {

    public static final String SUMMARY_SHEET = "Tổng hợp";
    public static final String SECTIONS_SHEET = "Nội dung báo cáo";
    public static final String ACCOUNTABILITY_SHEET = "Danh sách kiểm điểm";

    static final String ACCOUNTABILITY_TITLE = "DANH SÁCH NHIỆM VỤ CHẬM, QUÁ HẠN";

    /** Light red (late or overdue count above zero). */
    static final String RED = "FFC7CE";
    /** Light green (on-time rate meets the target). */
    static final String GREEN = "C6EFCE";
    /** Orange (on-time rate below the target). */
    static final String ORANGE = "F8CBAD";
    /** Header background. */
    static final String HEADER = "DDEBF7";

    /** Row index of the header of both tables (four title rows and a blank row above it). */
    static final int HEADER_ROW = 5;

    private static final float LINE_HEIGHT = 16f;
    private static final int ROWS_IN_MEMORY = 200;

    private static final int[] FIGURE_WIDTHS = {6, 40, 11, 10, 9, 12, 12, 13, 13, 10, 12, 10, 11};
    private static final int[] ACCOUNTABILITY_WIDTHS = {6, 16, 48, 30, 22, 12, 18, 11, 44};

    public byte[] write(DirectiveReport report, ReportLetterhead letterhead) {
        return write(report, letterhead, List.of());
    }

    /** The workbook with a third sheet "Nội dung báo cáo" holding the parts in words, one line per row. */
    public byte[] write(DirectiveReport report, ReportLetterhead letterhead, List<vn.sct.tracker.report.ReportSection> sections) {
        // Streamed: only a window of rows is kept in memory, so a list of a hundred thousand lines fits.
        SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY);
        wb.setCompressTempFiles(true);
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxStyles styles = new XlsxStyles(wb.getXSSFWorkbook());
            writeSummary(wb.createSheet(SUMMARY_SHEET), styles, report, letterhead);
            writeAccountability(wb.createSheet(ACCOUNTABILITY_SHEET), styles, report, letterhead);
            if (!sections.isEmpty()) {
                Sheet text = wb.createSheet(SECTIONS_SHEET);
                text.setColumnWidth(0, 140 * 256);
                int r = 0;
                for (var section : sections) {
                    var title = text.createRow(r++).createCell(0);
                    title.setCellValue(section.title());
                    title.setCellStyle(styles.subtitle);
                    for (String line : section.paragraphs()) {
                        var cell = text.createRow(r++).createCell(0);
                        cell.setCellValue(line);
                        cell.setCellStyle(styles.wrapped);
                    }
                    r++;
                }
            }
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(ReportText.TITLE + " " + report.period().label());
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(ReportText.nullToEmpty(letterhead.agency()));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    private void writeSummary(Sheet sheet, XlsxStyles styles, DirectiveReport report, ReportLetterhead letterhead) {
        int lastCol = FIGURE_HEADERS.size() - 1;
        titleRows(sheet, styles, lastCol, ReportText.nullToEmpty(letterhead.agency()).toUpperCase(),
                ReportText.TITLE, report.period().label(), ReportText.asOf(report.asOf()));
        headerRow(sheet, styles, FIGURE_HEADERS, FIGURE_WIDTHS);

        int r = HEADER_ROW + 1;
        int stt = 1;
        for (DivisionFigures d : report.divisions()) {
            figureRow(sheet.createRow(r++), styles, Integer.toString(stt++), d, false);
        }
        figureRow(sheet.createRow(r), styles, "", report.total(), true);

        finishSheet(sheet, lastCol, r);
    }

    private void figureRow(Row row, XlsxStyles styles, String stt, DivisionFigures f, boolean bold) {
        text(row, 0, stt, styles.get(bold, XlsxStyles.Kind.CENTER, null));
        String name = bold ? "Tổng cộng" : ReportText.nullToEmpty(f.divisionName());
        text(row, 1, name, styles.get(bold, bold ? XlsxStyles.Kind.CENTER : XlsxStyles.Kind.TEXT, null));
        int[] counts = ReportText.figures(f);
        for (int i = 0; i < counts.length; i++) {
            String fill = ReportText.isLateColumn(i) && counts[i] > 0 ? RED : null;
            Cell c = row.createCell(FIRST_FIGURE + i);
            c.setCellValue(counts[i]);
            c.setCellStyle(styles.get(bold, XlsxStyles.Kind.INTEGER, fill));
        }
        int rateCol = FIRST_FIGURE + counts.length;
        String rateFill = f.meetsTarget() ? GREEN : ORANGE;
        if (f.onTimeRate() == null) {
            text(row, rateCol, ReportText.NO_RATE, styles.get(bold, XlsxStyles.Kind.CENTER, rateFill));
        } else {
            Cell c = row.createCell(rateCol);
            c.setCellValue(f.onTimeRate().doubleValue());
            c.setCellStyle(styles.get(bold, XlsxStyles.Kind.RATE, rateFill));
        }
        row.setHeightInPoints(lines(name, FIGURE_WIDTHS[1]) * LINE_HEIGHT + 4);
    }

    private void writeAccountability(Sheet sheet, XlsxStyles styles, DirectiveReport report,
                                     ReportLetterhead letterhead) {
        int lastCol = ACCOUNTABILITY_HEADERS.size() - 1;
        titleRows(sheet, styles, lastCol, ReportText.nullToEmpty(letterhead.agency()).toUpperCase(),
                ACCOUNTABILITY_TITLE, report.period().label(), ReportText.asOf(report.asOf()));
        headerRow(sheet, styles, ACCOUNTABILITY_HEADERS, ACCOUNTABILITY_WIDTHS);

        int r = HEADER_ROW + 1;
        List<AccountabilityItem> items = report.accountability();
        if (items.isEmpty()) {
            Row row = sheet.createRow(r);
            for (int c = 0; c <= lastCol; c++) {
                text(row, c, c == 0 ? ReportText.NO_ACCOUNTABILITY : "", styles.get(false, XlsxStyles.Kind.CENTER, null));
            }
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
            row.setHeightInPoints(LINE_HEIGHT + 6);
        }
        int stt = 1;
        for (AccountabilityItem item : items) {
            Row row = sheet.createRow(r++);
            text(row, 0, Integer.toString(stt++), styles.get(false, XlsxStyles.Kind.CENTER, null));
            text(row, 1, ReportText.nullToEmpty(item.directiveId()), styles.get(false, XlsxStyles.Kind.CENTER, null));
            text(row, 2, ReportText.nullToEmpty(item.summary()), styles.get(false, XlsxStyles.Kind.TEXT, null));
            text(row, 3, ReportText.nullToEmpty(item.divisionName()), styles.get(false, XlsxStyles.Kind.TEXT, null));
            text(row, 4, ReportText.responsible(item), styles.get(false, XlsxStyles.Kind.TEXT, null));
            Cell deadline = row.createCell(5);
            if (item.deadline() != null) {
                deadline.setCellValue(item.deadline());
            }
            deadline.setCellStyle(styles.get(false, XlsxStyles.Kind.DATE, null));
            text(row, 6, item.state() == null ? "" : item.state().label(), styles.get(false, XlsxStyles.Kind.CENTER, null));
            Cell days = row.createCell(7);
            days.setCellValue(item.workingDaysLate());
            days.setCellStyle(styles.get(false, XlsxStyles.Kind.INTEGER, null));
            text(row, 8, ReportText.nullToEmpty(item.reason()), styles.get(false, XlsxStyles.Kind.TEXT, null));
            int lines = Math.max(lines(row.getCell(2).getStringCellValue(), ACCOUNTABILITY_WIDTHS[2]),
                    Math.max(lines(row.getCell(3).getStringCellValue(), ACCOUNTABILITY_WIDTHS[3]),
                            Math.max(lines(row.getCell(6).getStringCellValue(), ACCOUNTABILITY_WIDTHS[6]),
                                    lines(row.getCell(8).getStringCellValue(), ACCOUNTABILITY_WIDTHS[8]))));
            row.setHeightInPoints(lines * LINE_HEIGHT + 4);
        }
        finishSheet(sheet, lastCol, Math.max(r - 1, HEADER_ROW + 1));
    }

    private void titleRows(Sheet sheet, XlsxStyles styles, int lastCol, String... texts) {
        XSSFCellStyle[] titleStyles = {styles.agency, styles.title, styles.subtitle, styles.asOf};
        for (int i = 0; i < texts.length; i++) {
            Row row = sheet.createRow(i);
            text(row, 0, texts[i], titleStyles[i]);
            sheet.addMergedRegion(new CellRangeAddress(i, i, 0, lastCol));
            row.setHeightInPoints(i == 1 ? 22 : 18);
        }
    }

    private void headerRow(Sheet sheet, XlsxStyles styles, List<String> headers, int[] widths) {
        Row row = sheet.createRow(HEADER_ROW);
        int lines = 1;
        for (int c = 0; c < headers.size(); c++) {
            text(row, c, headers.get(c), styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
            lines = Math.max(lines, lines(headers.get(c), widths[c]));
        }
        row.setHeightInPoints(lines * LINE_HEIGHT + 6);
    }

    private void finishSheet(Sheet sheet, int lastCol, int lastRow) {
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, lastCol));
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastCol, 0, lastRow);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.6);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.getFooter().setCenter("&\"Times New Roman,Regular\"&11Trang &P/&N");
    }

    /** Lines a wrapped text takes in a column {@code width} characters wide (Times New Roman is narrow). */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(1, (int) Math.floor(width * 1.15) - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int used = 0;
            int n = 1;
            for (String word : paragraph.split(" ")) {
                int len = word.length();
                if (used == 0) {
                    used = len;
                } else if (used + 1 + len <= perLine) {
                    used += 1 + len;
                } else {
                    n++;
                    used = len;
                }
                while (used > perLine) {
                    n++;
                    used -= perLine;
                }
            }
            lines += n;
        }
        return lines;
    }

    private static void text(Row row, int col, String value, XSSFCellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
