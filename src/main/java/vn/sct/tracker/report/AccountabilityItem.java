package vn.sct.tracker.report;

import java.time.LocalDate;
import vn.sct.tracker.deadline.ReportState;

/**
 * One line of the accountability list (danh sách kiểm điểm): a directive done late or still open after
 * its deadline at the report's moment.
 *
 * @param directiveId     e.g. NV-2026-00012
 * @param summary         trích yếu of the source document
 * @param divisionCode    the lead division
 * @param divisionName    its name
 * @param responsible     user id of the specialist handling it (or the division head while unassigned)
 * @param responsibleName that person's full name
 * @param deadline        the effective deadline at the report's moment
 * @param state           DONE_LATE or OPEN_OVERDUE
 * @param workingDaysLate working days past the deadline (to completion, or to the report's moment)
 * @param processInstanceId the directive-lifecycle instance (links into Cockpit)
 * @param reason          the division's explanation in its monthly report, else the latest extension reason, else ""
 */
public record AccountabilityItem(String directiveId, String summary, String divisionCode, String divisionName,
                                 String responsible, String responsibleName, LocalDate deadline, ReportState state,
                                 int workingDaysLate, String processInstanceId,
                                 String reason) {
}
