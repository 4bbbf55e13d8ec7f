package vn.sct.tracker.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.sct.tracker.common.Messages;

/**
 * The refused file given back in its own shape: the same rows and columns, a last column "Lỗi" saying what
 * is wrong in each row, the refused cells filled red (XLSX). Corrected, it can be imported as it is (the
 * column "Lỗi" is passed over).
 */
public final class ImportErrorReport {

    private ImportErrorReport() {
    }

    public static byte[] write(List<SheetRow> sheet, List<ImportError> errors, Map<ProgrammeColumn, Integer> columns,
                               ImportFormat format, Locale locale) {
        Map<Integer, List<ImportError>> byRow = errors.stream()
                .collect(Collectors.groupingBy(ImportError::row, LinkedHashMap::new, Collectors.toList()));
        int width = sheet.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (SheetRow r : sheet) {
            numbers.add(r.number());
            List<String> cells = new ArrayList<>(r.cells());
            while (cells.size() < width) {
                cells.add("");
            }
            String problems = byRow.getOrDefault(r.number(), List.of()).stream().map(ImportError::message)
                    .collect(Collectors.joining("; "));
            if (r.number() == 1) {
                String heading = Messages.get(locale, "import.errorColumn");
                problems = problems.isEmpty() ? heading : heading + ": " + problems;
            }
            cells.add(problems);
            rows.add(cells);
        }
        return format == ImportFormat.CSV ? ProgrammeTemplate.csv(rows) : xlsx(rows, numbers, byRow, columns);
    }

    private static byte[] xlsx(List<List<String>> rows, List<Integer> numbers, Map<Integer, List<ImportError>> byRow,
                               Map<ProgrammeColumn, Integer> columns) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet(ProgrammeSheet.SHEET);
            XSSFCellStyle red = book.createCellStyle();
            red.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            red.setWrapText(true);
            for (int i = 0; i < rows.size(); i++) {
                int number = numbers.get(i);
                ProgrammeTemplate.row(sheet, number - 1, rows.get(i), null);
                List<ImportError> problems = byRow.getOrDefault(number, List.of());
                var row = sheet.getRow(number - 1);
                if (!problems.isEmpty() && i > 0) {
                    row.getCell(rows.get(i).size() - 1).setCellStyle(red);
                }
                for (ImportError e : problems) {
                    ProgrammeColumn column = java.util.Arrays.stream(ProgrammeColumn.values())
                            .filter(c -> c.field().equals(e.field())).findFirst().orElse(null);
                    Integer c = column == null ? null : columns.get(column);
                    if (c != null && row.getCell(c) != null) {
                        row.getCell(c).setCellStyle(red);
                    }
                }
            }
            int last = rows.isEmpty() ? 0 : rows.get(0).size();
            for (int c = 0; c < last; c++) {
                sheet.setColumnWidth(c, (c == last - 1 ? 60 : 24) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
