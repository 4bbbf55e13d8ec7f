package vn.sct.tracker.directive;

import java.time.LocalDate;
import vn.sct.tracker.calendar.CalendarDays;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.common.VietnameseFormat;

/**
 * What a directive's deadline may be: not before its source document (itself from 1990 on), at most
 * {@link #MAX_YEARS_TO_DEADLINE} years after it, and a new deadline today or later.
 */
public final class DeadlineRules {

    /** A directive's deadline lies at most this many years after its source document. */
    public static final int MAX_YEARS_TO_DEADLINE = 10;

    private DeadlineRules() {
    }

    /** The latest deadline a directive may have: ten years after its source document. */
    public static LocalDate latestDeadline(LocalDate sourceDocDate) {
        return sourceDocDate.plusYears(MAX_YEARS_TO_DEADLINE);
    }

    /** A new deadline is today or later: a directive is never given a day already gone. */
    static void notPast(LocalDate deadline) {
        if (deadline.isBefore(AppClock.today())) {
            throw new ValidationException("deadline", "reason.deadlinePast", VietnameseFormat.date(AppClock.today()));
        }
    }

    /** The deadline, if it lies between the source document and ten years after it. */
    static LocalDate notBeforeSource(LocalDate deadline, LocalDate sourceDocDate) {
        if (sourceDocDate.isBefore(CalendarDays.FIRST_DAY)) {
            throw new ValidationException("sourceDocDate", "reason.notBefore", VietnameseFormat.date(CalendarDays.FIRST_DAY));
        }
        if (deadline == null) {
            throw new ValidationException("deadline", "reason.requiredDate");
        }
        if (deadline.isBefore(sourceDocDate)) {
            throw new ValidationException("deadline", "reason.deadlineBeforeSource", VietnameseFormat.date(sourceDocDate));
        }
        if (deadline.isAfter(latestDeadline(sourceDocDate))) {
            throw new ValidationException("deadline", "reason.deadlineTooFar", MAX_YEARS_TO_DEADLINE,
                    VietnameseFormat.date(sourceDocDate));
        }
        return deadline;
    }
}
