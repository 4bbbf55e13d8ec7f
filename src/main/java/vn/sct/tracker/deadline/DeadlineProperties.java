package vn.sct.tracker.deadline;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the deadline watch runs ({@code tracker.deadlines.*}).
 *
 * @param reviewStepDays working days a review step (head, deputy, Director) may stay open before the Office
 *                       is told
 * @param reminderTime   when the reminder goes out on its day (Asia/Ho_Chi_Minh)
 */
@ConfigurationProperties("tracker.deadlines")
public record DeadlineProperties(@DefaultValue("2") int reviewStepDays, @DefaultValue("07:30") LocalTime reminderTime) {

    public DeadlineProperties {
        if (reviewStepDays < 1) {
            throw new IllegalArgumentException("tracker.deadlines.review-step-days must be at least 1");
        }
    }
}
