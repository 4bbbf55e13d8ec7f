package vn.sct.tracker.report;

/**
 * Open work of one division or one person now.
 *
 * @param divisionCode division code
 * @param divisionName division name
 * @param userId       the specialist (or head) holding the directives; {@code null} on a division's row
 * @param userName     that person's full name; {@code null} on a division's row
 * @param open         open directives led by the division / handled by the person
 * @param dueSoon      of those, within deadline but past the reminder day
 * @param overdue      of those, past the deadline
 */
public record WorkloadRow(String divisionCode, String divisionName, String userId, String userName, int open,
                          int dueSoon, int overdue) {
}
