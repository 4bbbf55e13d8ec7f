package vn.sct.tracker.report.export;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The building blocks of a report in the Nghị định 30/2020/NĐ-CP layout: an A4 landscape page, Times New
 * Roman, paragraphs, headings, tables with fixed column widths, runs; sizes in twentieths of a point.
 */
final class DocxLayout {

    static final int BODY = 13;
    static final int TABLE = 11;
    static final int RECIPIENT_SIZE = 11;

    /** A4 landscape, in twentieths of a point. */
    static final int PAGE_W = mm(297);
    static final int PAGE_H = mm(210);
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    static final int TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;

    private DocxLayout() {
    }

    static void setUpDocument(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(mm(10)));
        mar.setFooter(BigInteger.valueOf(mm(10)));

        var styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(ReportText.FONT);
        fonts.setHAnsi(ReportText.FONT);
        fonts.setCs(ReportText.FONT);
        fonts.setEastAsia(ReportText.FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("vi-VN");
    }

    static XWPFParagraph body(XWPFDocument doc, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        return p;
    }

    static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = body(doc, ParagraphAlignment.LEFT);
        p.setIndentationFirstLine(mm(10));
        p.setSpacingBefore(pt(6));
        p.setSpacingAfter(pt(6));
        p.setKeepNext(true);
        run(p, text, BODY, true, false);
    }

    /** A table of the given column widths (twips) spanning the text width, bordered or not. */
    static XWPFTable table(XWPFDocument doc, int rows, int[] widths, boolean bordered) {
        XWPFTableCell.XWPFVertAlign valign = bordered ? XWPFTableCell.XWPFVertAlign.CENTER : XWPFTableCell.XWPFVertAlign.TOP;
        XWPFTable t = doc.createTable(rows, widths.length);
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        int total = 0;
        for (int x : widths) {
            total += x;
        }
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        t.setTableAlignment(TableRowAlign.CENTER);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int x : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(x));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                CTTblWidth cw = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(widths[c]));
                cell.setVerticalAlignment(valign);
            }
        }
        if (bordered) {
            borders(t, XWPFTable.XWPFBorderType.SINGLE, 4, "000000");
            t.setCellMargins(pt(2), mm(1), pt(2), mm(1));
        } else {
            borders(t, XWPFTable.XWPFBorderType.NONE, 0, "auto");
            t.setCellMargins(0, mm(1), 0, mm(1));
        }
        return t;
    }

    private static void borders(XWPFTable t, XWPFTable.XWPFBorderType type, int size, String colour) {
        t.setTopBorder(type, size, 0, colour);
        t.setBottomBorder(type, size, 0, colour);
        t.setLeftBorder(type, size, 0, colour);
        t.setRightBorder(type, size, 0, colour);
        t.setInsideHBorder(type, size, 0, colour);
        t.setInsideVBorder(type, size, 0, colour);
    }

    static void headerRow(XWPFTableRow row, List<String> headers) {
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int c = 0; c < headers.size(); c++) {
            cell(row.getCell(c), headers.get(c), ParagraphAlignment.CENTER, true);
            row.getCell(c).setColor("F2F2F2");
        }
    }

    static void cell(XWPFTableCell cell, String text, ParagraphAlignment align, boolean bold) {
        run(first(cell, align), text, TABLE, bold, false);
    }

    /** The cell's first paragraph (every new cell has one). */
    static XWPFParagraph first(XWPFTableCell cell, ParagraphAlignment align) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        return tight(p, align);
    }

    static XWPFParagraph next(XWPFTableCell cell, ParagraphAlignment align) {
        return tight(cell.addParagraph(), align);
    }

    static XWPFParagraph tight(XWPFParagraph p, ParagraphAlignment align) {
        p.setAlignment(align);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    /**
     * A thin horizontal line of {@code length} twips centred in a column {@code width} twips wide: the
     * top border of an almost empty paragraph indented from both sides (the rule under the agency, the
     * motto and the subject in Nghị định 30).
     */
    static void rule(XWPFParagraph p, int width, int length) {
        int indent = Math.max(0, (width - mm(2) - length) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderTop(Borders.SINGLE);
        p.setSpacingBetween(6, LineSpacingRule.EXACT);
        p.setSpacingBefore(pt(3));
    }

    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(ReportText.FONT, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(ReportText.FONT, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(ReportText.FONT, XWPFRun.FontCharRange.cs);
        r.setFontFamily(ReportText.FONT, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
        return r;
    }

    /** A rough width (twips) of a line of Times New Roman: for sizing the rules under headings. */
    static int textWidth(String text, int size, boolean bold) {
        double em = 0;
        for (char c : text.toCharArray()) {
            em += c == ' ' ? 0.25 : Character.isUpperCase(c) ? 0.70 : 0.47;
        }
        return (int) (em * size * 20 * (bold ? 1.05 : 1.0));
    }

    static int mm(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static int pt(double pt) {
        return (int) Math.round(pt * 20);
    }
}
