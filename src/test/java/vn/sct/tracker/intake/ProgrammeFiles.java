package vn.sct.tracker.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.VietnameseFormat;

/** Programme files as an official would make them: the template's headings and rows of text. */
public final class ProgrammeFiles {

    private ProgrammeFiles() {
    }

    public static List<String> headings() {
        return ProgrammeTemplate.headings();
    }

    /** A programme row: the template's columns in order. */
    static List<String> row(String key, String summary, int daysAhead, String lead) {
        return new ArrayList<>(List.of(key == null ? "" : key, "Chương trình khung của UBND tỉnh", "15/QĐ-UBND",
                VietnameseFormat.date(AppClock.today().minusDays(5)), "UBND tỉnh Hà Tĩnh", summary, "",
                VietnameseFormat.date(AppClock.today().plusDays(daysAhead)), lead == null ? "" : lead));
    }

    /** {@code n} rows under the document ids {@code prefix-1} ..., each due {@code daysAhead} days from today. */
    public static List<List<String>> programme(String prefix, int n, int daysAhead) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headings());
        for (int i = 1; i <= n; i++) {
            rows.add(row(prefix + "-" + i, "Nhiệm vụ " + i + " của chương trình " + prefix, daysAhead,
                    i % 3 == 0 ? "QLCN" : ""));
        }
        return rows;
    }

    public static List<List<String>> programme(String prefix, int n) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headings());
        for (int i = 1; i <= n; i++) {
            rows.add(row(prefix + "-" + i, "Nhiệm vụ " + i + " của chương trình " + prefix, 20 + i % 200,
                    i % 3 == 0 ? "QLCN" : ""));
        }
        return rows;
    }

    public static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Nhiệm vụ");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(List<List<String>> rows, char delimiter) {
        String text = rows.stream().map(r -> r.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(String.valueOf(delimiter)))).collect(Collectors.joining("\r\n"));
        return ("\uFEFF" + text + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The cells of a workbook's sheet as text. */
    static List<List<String>> read(byte[] xlsx, String sheetName) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet(sheetName);
            DataFormatter f = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
