package vn.sct.tracker.deadline;

import java.util.Date;
import org.springframework.stereotype.Component;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;

/**
 * The time a review step (head, deputy, Director) may take: it is late at the end of the
 * {@code tracker.deadlines.review-step-days}-th working day after the day it started. The review tasks'
 * boundary timers read {@code ${reviewStepLimit.due()}}.
 */
@Component("reviewStepLimit")
public class ReviewStepLimit {

    private final WorkingCalendar calendar;
    private final DeadlineProperties properties;

    public ReviewStepLimit(WorkingCalendar calendar, DeadlineProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    /** The moment a review step that starts now is late. */
    public Date due() {
        return Date.from(calendar.deadlineInstant(calendar.addWorkingDays(AppClock.today(), properties.reviewStepDays())));
    }

    public int days() {
        return properties.reviewStepDays();
    }
}
