package vn.sct.tracker.intake;

import java.util.List;

/**
 * One row of an uploaded spreadsheet as text, as the person sees it.
 *
 * @param number the row's number in the file (1 = the heading row)
 * @param cells  the cells in column order; an empty cell is an empty string
 */
public record SheetRow(int number, List<String> cells) {

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
