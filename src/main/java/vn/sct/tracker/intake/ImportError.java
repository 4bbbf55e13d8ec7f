package vn.sct.tracker.intake;

/**
 * What is wrong in an imported file.
 *
 * @param row     the row's number in the file (1 = the heading row)
 * @param column  the column's heading as the file has it, or empty for the row as a whole
 * @param field   the field the column fills, or null
 * @param message why, with the column named, in the caller's language
 */
public record ImportError(int row, String column, String field, String message) {
}
