package vn.sct.tracker.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The moments the deadline watch of one directive waits for, as its timers read them.
 *
 * @param deadline           the deadline as given (00:00 of that day is what the process keeps)
 * @param reminderAt         the reminder moment (now, when it has passed already)
 * @param overdueAt          the end of the effective deadline day
 * @param firstRepeatAt      the second chase round, if still overdue then
 * @param directorNotifyAt   when the Director is told, if still overdue then
 */
public record WatchMoments(LocalDate deadline, Instant reminderAt, Instant overdueAt, Instant firstRepeatAt,
                           Instant directorNotifyAt) {
}
