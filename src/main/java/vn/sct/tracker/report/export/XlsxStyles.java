package vn.sct.tracker.report.export;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of a report workbook (Times New Roman, thin borders), created once each per workbook. */
final class XlsxStyles {

    /** What a cell holds, which decides its alignment and number format. */
    enum Kind { TEXT, CENTER, INTEGER, RATE, DATE }

    private static final short TABLE_FONT_SIZE = 12;
    private static final short TITLE_FONT_SIZE = 13;

    private final XSSFWorkbook wb;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();
    private final XSSFFont normal;
    private final XSSFFont bold;
    final XSSFCellStyle agency;
    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle asOf;
    final XSSFCellStyle header;
    final XSSFCellStyle wrapped;

    XlsxStyles(XSSFWorkbook wb) {
        this.wb = wb;
        normal = font(TABLE_FONT_SIZE, false, false);
        bold = font(TABLE_FONT_SIZE, true, false);
        agency = plain(font(TITLE_FONT_SIZE, true, false));
        title = plain(font((short) 14, true, false));
        subtitle = plain(font(TITLE_FONT_SIZE, true, false));
        asOf = plain(font(TABLE_FONT_SIZE, false, true));
        header = bordered(bold, HorizontalAlignment.CENTER);
        header.setWrapText(true);
        fill(header, XlsxReportWriter.HEADER);
        wrapped = plain(normal);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }

    XSSFCellStyle get(boolean isBold, Kind kind, String fill) {
        return cache.computeIfAbsent(isBold + "/" + kind + "/" + fill, k -> {
            XSSFCellStyle s = bordered(isBold ? bold : normal,
                    kind == Kind.TEXT ? HorizontalAlignment.LEFT
                            : HorizontalAlignment.CENTER);
            s.setWrapText(kind == Kind.TEXT || kind == Kind.CENTER);
            if (kind == Kind.TEXT) {
                s.setIndention((short) 1);
            }
            switch (kind) {
                case INTEGER -> s.setDataFormat(wb.createDataFormat().getFormat("0"));
                case RATE -> s.setDataFormat(wb.createDataFormat().getFormat("0.00"));
                case DATE -> s.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
                default -> { }
            }
            if (fill != null) {
                fill(s, fill);
            }
            return s;
        });
    }

    private XSSFFont font(short size, boolean isBold, boolean italic) {
        XSSFFont f = wb.createFont();
        f.setFontName(ReportText.FONT);
        f.setFontHeightInPoints(size);
        f.setBold(isBold);
        f.setItalic(italic);
        return f;
    }

    private XSSFCellStyle plain(XSSFFont font) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private XSSFCellStyle bordered(XSSFFont font, HorizontalAlignment align) {
        XSSFCellStyle s = plain(font);
        s.setAlignment(align);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void fill(XSSFCellStyle s, String rgb) {
        s.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb), null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
