package vn.sct.tracker.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.directive.SourceType;
import vn.sct.tracker.organisation.Division;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The template of a programme's import: the sheet "Nhiệm vụ" with the Vietnamese headings and one example
 * row (the source types and divisions offered as lists), the sheet "Danh mục" with the codes and names of
 * the source types and divisions, and the sheet "Hướng dẫn" with the rules of each column. As CSV: the
 * headings and the example row (UTF-8 with a byte order mark, so that Excel shows Vietnamese).
 */
@Component
public class ProgrammeTemplate {

    static final String LISTS = "Danh mục";
    static final String GUIDE = "Hướng dẫn";

    private final OrganisationService organisation;

    public ProgrammeTemplate(OrganisationService organisation) {
        this.organisation = organisation;
    }

    public byte[] write(ImportFormat format) {
        return format == ImportFormat.XLSX ? xlsx() : csv(List.of(headings(), example()));
    }

    /** The headings of the template, in its order. */
    static List<String> headings() {
        List<String> h = new ArrayList<>();
        for (ProgrammeColumn c : ProgrammeColumn.values()) {
            h.add(c.heading());
        }
        return h;
    }

    private List<String> example() {
        String lead = organisation.divisions().isEmpty() ? "" : organisation.divisions().get(0).code();
        var today = AppClock.today();
        return List.of("000.00.12.H23-" + today.getYear() + "-00001", SourceType.CHUONG_TRINH_KHUNG.label(),
                "15/QĐ-UBND", vn.sct.tracker.common.VietnameseFormat.date(today),
                Messages.get(Messages.VIETNAMESE, "import.example.issuer"),
                Messages.get(Messages.VIETNAMESE, "import.example.summary"),
                Messages.get(Messages.VIETNAMESE, "import.example.content"),
                vn.sct.tracker.common.VietnameseFormat.date(today.plusMonths(3).withDayOfMonth(15)), lead);
    }

    static byte[] csv(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer = new CSVPrinter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet(ProgrammeSheet.SHEET);
            XSSFCellStyle bold = book.createCellStyle();
            XSSFFont font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            row(sheet, 0, headings(), bold);
            row(sheet, 1, example(), null);
            for (int c = 0; c < ProgrammeColumn.values().length; c++) {
                sheet.setColumnWidth(c, 24 * 256);
            }
            sheet.createFreezePane(0, 1);
            XSSFSheet lists = book.createSheet(LISTS);
            row(lists, 0, List.of(heading("import.lists.sourceCode"), heading("import.lists.sourceName"),
                    heading("import.lists.divisionCode"), heading("import.lists.divisionName")), bold);
            List<SourceType> types = List.of(SourceType.values());
            List<Division> divisions = organisation.divisions();
            for (int i = 0; i < Math.max(types.size(), divisions.size()); i++) {
                List<String> cells = new ArrayList<>(List.of("", "", "", ""));
                if (i < types.size()) {
                    cells.set(0, types.get(i).name());
                    cells.set(1, types.get(i).label());
                }
                if (i < divisions.size()) {
                    cells.set(2, divisions.get(i).code());
                    cells.set(3, divisions.get(i).name());
                }
                row(lists, i + 1, cells, null);
            }
            for (int c = 0; c < 4; c++) {
                lists.setColumnWidth(c, 40 * 256);
            }
            offer(sheet, ProgrammeColumn.SOURCE_TYPE, "'" + LISTS + "'!$B$2:$B$" + (types.size() + 1));
            if (!divisions.isEmpty()) {
                offer(sheet, ProgrammeColumn.PROPOSED_LEAD, "'" + LISTS + "'!$C$2:$C$" + (divisions.size() + 1));
            }
            XSSFSheet guide = book.createSheet(GUIDE);
            row(guide, 0, List.of(heading("import.guide.column"), heading("import.guide.rule")), bold);
            int r = 1;
            for (ProgrammeColumn c : ProgrammeColumn.values()) {
                row(guide, r++, List.of(c.heading(), Messages.get(Messages.VIETNAMESE, "import.guide." + c.field())), null);
            }
            row(guide, r + 1, List.of("", Messages.get(Messages.VIETNAMESE, "import.guide.whole")), null);
            guide.setColumnWidth(0, 34 * 256);
            guide.setColumnWidth(1, 110 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String heading(String key) {
        return Messages.get(Messages.VIETNAMESE, key);
    }

    /** The example row's column offers the values of a list (rows 2 to the maximum). */
    private static void offer(XSSFSheet sheet, ProgrammeColumn column, String range) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int c = column.ordinal();
        DataValidation v = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, ProgrammeSheet.MAX_ROWS + 1, c, c));
        v.setShowErrorBox(false);
        sheet.addValidationData(v);
    }

    static void row(XSSFSheet sheet, int index, List<String> cells, XSSFCellStyle style) {
        XSSFRow row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(cells.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
