package vn.sct.tracker.report.export;

import static vn.sct.tracker.report.export.ReportText.ACCOUNTABILITY_HEADERS;
import static vn.sct.tracker.report.export.ReportText.FIGURE_HEADERS;
import static vn.sct.tracker.report.export.DocxLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
import org.springframework.stereotype.Component;
import vn.sct.tracker.report.AccountabilityItem;
import vn.sct.tracker.report.DirectiveReport;
import vn.sct.tracker.report.DivisionFigures;
import vn.sct.tracker.report.ReportLetterhead;

/**
 * The report as a Word document laid out as a Vietnamese administrative report (Nghị định
 * 30/2020/NĐ-CP, phụ lục I): the letterhead in a borderless two-column table (governing body, agency
 * and number on the left; national title, motto, place and date on the right), the title, the
 * Department's figures in words, the table per division (I), the accountability list (II) and the
 * signature block with "Nơi nhận". A4 landscape so the thirteen columns stay legible; margins 20 mm
 * top and bottom, 30 mm left, 15 mm right; Times New Roman 13 (tables 11).
 */
@Component
public class DocxReportWriter {

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String DOCUMENT_TYPE = "BÁO CÁO";
    static final String SECTION_DIVISIONS = "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ";
    static final String SECTION_ACCOUNTABILITY = "II. DANH SÁCH NHIỆM VỤ CHẬM, QUÁ HẠN";
    static final String RECIPIENTS = "Nơi nhận:";

    private static final int[] HEADER_COLS = {mm(95), TEXT_W - mm(95)};
    private static final int[] SIGNATURE_COLS = {TEXT_W / 2, TEXT_W - TEXT_W / 2};
    private static final int[] FIGURE_COLS = figureColumns();
    private static final int[] ACCOUNTABILITY_COLS =
            {mm(10), mm(30), mm(52), mm(30), mm(25), mm(21), mm(24), mm(16), 0};

    static {
        int used = 0;
        for (int i = 0; i < ACCOUNTABILITY_COLS.length - 1; i++) {
            used += ACCOUNTABILITY_COLS[i];
        }
        ACCOUNTABILITY_COLS[ACCOUNTABILITY_COLS.length - 1] = TEXT_W - used;
    }

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*(?:\\R|\\s/\\s)\\s*");

    public byte[] write(DirectiveReport report, ReportLetterhead letterhead) {
        return write(report, letterhead, List.of());
    }

    /** The report with parts in words after the tables, numbered III, IV, ... (e.g. the monthly report's). */
    public byte[] write(DirectiveReport report, ReportLetterhead letterhead, List<vn.sct.tracker.report.ReportSection> sections) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            setUpDocument(doc);
            letterhead(doc, letterhead);
            title(doc, report);
            summary(doc, report);
            divisions(doc, report);
            accountability(doc, report);
            String[] numbers = {"III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
            for (int i = 0; i < sections.size() && i < numbers.length; i++) {
                heading(doc, numbers[i] + ". " + sections.get(i).title().toUpperCase());
                for (String text : sections.get(i).paragraphs()) {
                    XWPFParagraph p = body(doc, ParagraphAlignment.BOTH);
                    p.setFirstLineIndent(mm(10));
                    p.setSpacingAfter(pt(6));
                    run(p, text, BODY, false, false);
                }
            }
            signature(doc, letterhead);
            doc.getProperties().getCoreProperties().setTitle(ReportText.TITLE + " " + report.period().label());
            doc.getProperties().getCoreProperties().setCreator(ReportText.nullToEmpty(letterhead.agency()));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- parts ------------------------------------------------------------------------------------------

    private void letterhead(XWPFDocument doc, ReportLetterhead lh) {
        XWPFTable t = table(doc, 1, HEADER_COLS, false);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);

        String agency = ReportText.nullToEmpty(lh.agency()).toUpperCase();
        run(first(left, ParagraphAlignment.CENTER), ReportText.nullToEmpty(lh.governingBody()).toUpperCase(),
                BODY, false, false);
        run(next(left, ParagraphAlignment.CENTER), agency, BODY, true, false);
        rule(next(left, ParagraphAlignment.CENTER), HEADER_COLS[0], textWidth(agency, BODY, true) / 2);
        String number = ReportText.isBlank(lh.number()) ? "Số:      /BC-" : "Số: " + lh.number().trim();
        run(next(left, ParagraphAlignment.CENTER), number, BODY, false, false);

        run(first(right, ParagraphAlignment.CENTER), NATIONAL_TITLE, BODY, true, false);
        run(next(right, ParagraphAlignment.CENTER), MOTTO, BODY, true, false);
        rule(next(right, ParagraphAlignment.CENTER), HEADER_COLS[1], textWidth(MOTTO, BODY, true));
        String placeDate = (ReportText.isBlank(lh.place()) ? "" : lh.place().trim() + ", ")
                + (lh.date() == null ? "ngày      tháng      năm" : ReportText.dateInWords(lh.date()));
        run(next(right, ParagraphAlignment.CENTER), placeDate, BODY, false, true);
    }

    private void title(XWPFDocument doc, DirectiveReport report) {
        XWPFParagraph type = body(doc, ParagraphAlignment.CENTER);
        type.setSpacingBefore(pt(24));
        type.setKeepNext(true);
        run(type, DOCUMENT_TYPE, 14, true, false);
        XWPFParagraph subject = body(doc, ParagraphAlignment.CENTER);
        subject.setKeepNext(true);
        String subjectText = "Kết quả thực hiện nhiệm vụ được giao " + report.period().label();
        run(subject, subjectText, 14, true, false);
        rule(body(doc, ParagraphAlignment.CENTER), TEXT_W, Math.min(textWidth(subjectText, 14, true) / 3, mm(50)));
    }

    private void summary(XWPFDocument doc, DirectiveReport report) {
        for (String sentence : summarySentences(report)) {
            XWPFParagraph p = body(doc, ParagraphAlignment.BOTH);
            p.setFirstLineIndent(mm(10));
            p.setSpacingAfter(pt(6));
            run(p, sentence, BODY, false, false);
        }
    }

    /** The Department's figures in words, one paragraph each. */
    static List<String> summarySentences(DirectiveReport report) {
        DivisionFigures t = report.total();
        List<String> out = new ArrayList<>();
        out.add("Trong kỳ (%s), Sở nhận %d nhiệm vụ mới, kỳ trước chuyển sang %d nhiệm vụ; tổng số nhiệm vụ "
                .formatted(report.period().label(), t.received(), t.carriedOver())
                + "phải thực hiện là %d.".formatted(t.total()));
        StringBuilder s = new StringBuilder("Tính đến %s: đã hoàn thành %d nhiệm vụ (%d đúng hạn, %d quá hạn); "
                .formatted(ReportText.timeAndDate(report.asOf()), t.doneOnTime() + t.doneLate(), t.doneOnTime(),
                        t.doneLate()));
        s.append("đang thực hiện %d nhiệm vụ (%d trong hạn, trong đó %d sắp đến hạn; %d quá hạn). "
                .formatted(t.openWithinDeadline() + t.openOverdue(), t.openWithinDeadline(), t.dueSoon(),
                        t.openOverdue()));
        s.append(t.extendedDirectives() == 0
                ? "Không có nhiệm vụ được gia hạn trong kỳ."
                : "Có %d nhiệm vụ được gia hạn (%d lần gia hạn).".formatted(t.extendedDirectives(),
                        t.extensionsGranted()));
        out.add(s.toString());
        if (t.onTimeRate() == null) {
            out.add("Chưa có nhiệm vụ đến hạn nên chưa tính tỷ lệ hoàn thành đúng hạn.");
        } else {
            out.add("Tỷ lệ hoàn thành đúng hạn đạt %s%% (chỉ tiêu %s%%)%s".formatted(
                    ReportText.rate(t.onTimeRate()), DivisionFigures.TARGET_RATE.toPlainString(),
                    t.meetsTarget() ? ", đạt chỉ tiêu." : ", chưa đạt chỉ tiêu."));
        }
        return out;
    }

    private void divisions(XWPFDocument doc, DirectiveReport report) {
        heading(doc, SECTION_DIVISIONS);
        List<DivisionFigures> rows = report.divisions();
        XWPFTable t = table(doc, rows.size() + 2, FIGURE_COLS, true);
        headerRow(t.getRow(0), FIGURE_HEADERS);
        int r = 1;
        for (DivisionFigures d : rows) {
            figureRow(t.getRow(r), Integer.toString(r), ReportText.nullToEmpty(d.divisionName()), d, false);
            r++;
        }
        figureRow(t.getRow(r), "", "Tổng cộng", report.total(), true);
    }

    private void figureRow(XWPFTableRow row, String stt, String name, DivisionFigures f, boolean bold) {
        row.setCantSplitRow(true);
        cell(row.getCell(0), stt, ParagraphAlignment.CENTER, bold);
        cell(row.getCell(1), name, bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT, bold);
        int[] counts = ReportText.figures(f);
        for (int i = 0; i < counts.length; i++) {
            cell(row.getCell(ReportText.FIRST_FIGURE + i), Integer.toString(counts[i]), ParagraphAlignment.CENTER,
                    bold);
        }
        cell(row.getCell(ReportText.FIRST_FIGURE + counts.length), ReportText.rate(f.onTimeRate()),
                ParagraphAlignment.CENTER, bold);
    }

    /**
     * Lines of the accountability table in the document; a longer list is named by its size and read in
     * full in the spreadsheet (a document of thousands of table rows is neither read nor printed).
     */
    static final int MAX_LINES = 1000;

    private void accountability(XWPFDocument doc, DirectiveReport report) {
        heading(doc, SECTION_ACCOUNTABILITY);
        List<AccountabilityItem> items = report.accountability();
        if (items.isEmpty()) {
            XWPFParagraph p = body(doc, ParagraphAlignment.BOTH);
            p.setFirstLineIndent(mm(10));
            p.setSpacingAfter(pt(6));
            run(p, ReportText.NO_ACCOUNTABILITY, BODY, false, false);
            return;
        }
        List<AccountabilityItem> listed = items.size() > MAX_LINES ? items.subList(0, MAX_LINES) : items;
        XWPFTable t = table(doc, listed.size() + 1, ACCOUNTABILITY_COLS, true);
        headerRow(t.getRow(0), ACCOUNTABILITY_HEADERS);
        int r = 1;
        for (AccountabilityItem item : listed) {
            XWPFTableRow row = t.getRow(r);
            row.setCantSplitRow(true);
            cell(row.getCell(0), Integer.toString(r), ParagraphAlignment.CENTER, false);
            cell(row.getCell(1), ReportText.nullToEmpty(item.directiveId()), ParagraphAlignment.CENTER, false);
            cell(row.getCell(2), ReportText.nullToEmpty(item.summary()), ParagraphAlignment.LEFT, false);
            cell(row.getCell(3), ReportText.nullToEmpty(item.divisionName()), ParagraphAlignment.LEFT, false);
            cell(row.getCell(4), ReportText.responsible(item), ParagraphAlignment.LEFT, false);
            cell(row.getCell(5), ReportText.date(item.deadline()), ParagraphAlignment.CENTER, false);
            cell(row.getCell(6), item.state() == null ? "" : item.state().label(), ParagraphAlignment.CENTER,
                    false);
            cell(row.getCell(7), Integer.toString(item.workingDaysLate()), ParagraphAlignment.CENTER, false);
            cell(row.getCell(8), ReportText.nullToEmpty(item.reason()), ParagraphAlignment.LEFT, false);
            r++;
        }
        int all = Math.max(items.size(), report.accountabilityCount());
        if (all > listed.size()) {
            XWPFParagraph p = body(doc, ParagraphAlignment.BOTH);
            p.setFirstLineIndent(mm(10));
            p.setSpacingBefore(pt(6));
            run(p, ReportText.moreInSpreadsheet(listed.size(), all), BODY, false, true);
        }
    }

    private void signature(XWPFDocument doc, ReportLetterhead lh) {
        XWPFParagraph gap = body(doc, ParagraphAlignment.LEFT);
        gap.setKeepNext(true);
        XWPFTable t = table(doc, 1, SIGNATURE_COLS, false);
        t.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);

        run(first(left, ParagraphAlignment.LEFT), RECIPIENTS, 12, true, true);
        for (String line : lh.recipients() == null ? List.<String>of() : lh.recipients()) {
            String text = line.strip();
            if (!text.startsWith("-")) {
                text = "- " + text;
            }
            run(next(left, ParagraphAlignment.LEFT), text, RECIPIENT_SIZE, false, false);
        }

        boolean firstLine = true;
        for (String title : TITLE_SEPARATOR.split(ReportText.nullToEmpty(lh.signerTitle()).strip())) {
            XWPFParagraph p = firstLine ? first(right, ParagraphAlignment.CENTER) : next(right, ParagraphAlignment.CENTER);
            run(p, title.toUpperCase(), BODY, true, false);
            firstLine = false;
        }
        for (int i = 0; i < 4; i++) {
            run(next(right, ParagraphAlignment.CENTER), "", BODY, false, false);
        }
        run(next(right, ParagraphAlignment.CENTER), ReportText.nullToEmpty(lh.signerName()), BODY, true, false);
    }

    // --- building blocks ------------------------------------------------------------------------------

    private static int[] figureColumns() {
        int n = FIGURE_HEADERS.size();
        int[] w = new int[n];
        w[0] = mm(10);
        w[1] = mm(68);
        int rest = (TEXT_W - w[0] - w[1]) / (n - 2);
        for (int i = 2; i < n; i++) {
            w[i] = rest;
        }
        w[n - 1] += TEXT_W - w[0] - w[1] - rest * (n - 2);
        return w;
    }
}
