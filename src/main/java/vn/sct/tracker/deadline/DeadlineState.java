package vn.sct.tracker.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a directive stands against its deadline at one moment.
 *
 * @param reportState       one of the four report states
 * @param dueSoon           open, within its deadline and past its reminder moment
 * @param colour            green, orange or red
 * @param effectiveDeadline the day it must be finished by (a deadline on a day off moves to the next working day)
 * @param overdueAt         the moment it is (was) overdue from: the end of the effective deadline day
 * @param workingDaysLate   working days between the effective deadline and completion (or now); 0 when on time
 */
public record DeadlineState(ReportState reportState, boolean dueSoon, DueColour colour, LocalDate effectiveDeadline,
                            Instant overdueAt, int workingDaysLate) {
}
