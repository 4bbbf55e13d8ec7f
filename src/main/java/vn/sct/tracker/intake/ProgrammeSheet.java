package vn.sct.tracker.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.sct.tracker.common.ValidationException;

/**
 * Reads an uploaded spreadsheet into rows of text: the first sheet of an XLSX workbook (or the one named
 * like the template's), or a CSV file in UTF-8 separated by commas or semicolons (as Excel saves it).
 * Dates typed as Excel dates become {@code yyyy-MM-dd}; everything else is the text the cell shows.
 */
public final class ProgrammeSheet {

    /** Directive rows a file may have: a year's programme has about a hundred. */
    public static final int MAX_ROWS = 2000;
    static final int MAX_COLUMNS = 30;
    static final String SHEET = "Nhiệm vụ";

    private ProgrammeSheet() {
    }

    /** The rows of the file, the heading row first; refused when it cannot be read. */
    public static List<SheetRow> read(byte[] content, ImportFormat format) {
        if (content.length == 0) {
            throw new ValidationException("file", "reason.import.empty");
        }
        return format == ImportFormat.XLSX ? xlsx(content) : csv(content);
    }

    private static List<SheetRow> xlsx(byte[] content) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheet(SHEET) != null ? book.getSheet(SHEET) : book.getSheetAt(0);
            DataFormatter shown = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > MAX_ROWS + 1) {
                    throw new ValidationException("file", "reason.import.tooManyRows", MAX_ROWS);
                }
                int last = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < last; c++) {
                    cells.add(text(row.getCell(c), shown));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ValidationException refused) {
                throw refused;
            }
            throw new ValidationException("file", "reason.import.unreadableXlsx");
        }
    }

    private static String text(Cell cell, DataFormatter shown) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
            return day.toString();
        }
        if (type == CellType.STRING) {
            return cell.getRichStringCellValue().getString();
        }
        if (type == CellType.ERROR) {
            return "#ERROR";
        }
        return shown.formatCellValue(cell);
    }

    private static List<SheetRow> csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new ValidationException("file", "reason.import.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS + 1) {
                    throw new ValidationException("file", "reason.import.tooManyRows", MAX_ROWS);
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.min(record.size(), MAX_COLUMNS); c++) {
                    cells.add(record.get(c));
                }
                rows.add(new SheetRow(rows.size() + 1, cells));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException malformed) {
            throw new ValidationException("file", "reason.import.unreadableCsv");
        }
        return rows;
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
