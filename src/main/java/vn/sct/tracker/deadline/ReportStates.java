package vn.sct.tracker.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.directive.Directive;

/**
 * The one definition of where a directive stands against its deadline, as the national tracking system
 * reports it: done on time, done late, open within the deadline, open overdue; due soon; its colour.
 * Pure arithmetic on the working calendar: no engine, no database (the records are passed in).
 */
@Component
public class ReportStates {

    private final WorkingCalendar calendar;

    public ReportStates(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The directive's state at {@code now}: its deadline on today's working calendar (as reports and lists
     * count it in SQL), its closing, and the reminder moment of its deadline row (if it has one).
     */
    public DeadlineState state(Directive d, Optional<DeadlineRecord> record, Instant now) {
        LocalDate effective = effectiveDeadline(d.deadline());
        Instant closedAt = d.closedAt() == null ? null : d.closedAt().toInstant();
        return classify(effective, calendar.deadlineInstant(effective), closedAt,
                record.map(DeadlineRecord::reminderAt).orElse(null), now);
    }

    /**
     * Where a directive with this effective deadline stands at {@code at} (also for past moments).
     *
     * @param closedAt   when it was closed, or null if open; a close after {@code at} counts as open
     * @param reminderAt its reminder moment, or null when unknown (then never "due soon")
     */
    public DeadlineState classify(LocalDate effective, Instant overdueAt, Instant closedAt, Instant reminderAt,
                                  Instant at) {
        boolean closed = closedAt != null && !closedAt.isAfter(at);
        Instant until = closed ? closedAt : at;
        boolean late = !until.isBefore(overdueAt);
        ReportState state = closed ? (late ? ReportState.DONE_LATE : ReportState.DONE_ON_TIME)
                : (late ? ReportState.OPEN_OVERDUE : ReportState.OPEN_WITHIN_DEADLINE);
        boolean dueSoon = state == ReportState.OPEN_WITHIN_DEADLINE && reminderAt != null && !at.isBefore(reminderAt);
        DueColour colour = late ? DueColour.RED : dueSoon ? DueColour.ORANGE : DueColour.GREEN;
        return new DeadlineState(state, dueSoon, colour, effective, overdueAt, late ? workingDaysLate(effective, until) : 0);
    }

    /**
     * Working days late at a moment: the working days after the effective deadline that have begun
     * by then (at 10:00 on the first working day after the deadline: 1).
     */
    public int workingDaysLate(LocalDate effectiveDeadline, Instant at) {
        LocalDate day = AppClock.day(at.minusMillis(1));
        return Math.max(0, calendar.workingDaysBetween(effectiveDeadline, day));
    }

    /**
     * The day a directive must be finished by: its deadline, or the next working day when the deadline
     * falls on a day off (Bộ luật Dân sự 2015, Điều 148 khoản 5).
     */
    public LocalDate effectiveDeadline(LocalDate deadline) {
        return calendar.addWorkingDays(deadline, 0);
    }

    /**
     * What a deadline on a day off means, in Vietnamese ("Thời hạn 01/01/2027 là ngày nghỉ (Tết Dương lịch):
     * tính đến hết ngày làm việc tiếp theo 04/01/2027 ..."); empty when the deadline is a working day.
     */
    public java.util.Optional<String> dayOffNotice(LocalDate deadline) {
        return calendar.dayOffReason(deadline).map(why -> vn.sct.tracker.common.Messages.get(
                vn.sct.tracker.common.Messages.VIETNAMESE, "deadline.dayOffNotice",
                vn.sct.tracker.common.VietnameseFormat.date(deadline), why,
                vn.sct.tracker.common.VietnameseFormat.date(effectiveDeadline(deadline))));
    }

    /** The moment a directive is overdue from: the end (24:00) of its effective deadline day. */
    public Instant overdueAt(LocalDate effectiveDeadline) {
        return calendar.deadlineInstant(effectiveDeadline);
    }
}
