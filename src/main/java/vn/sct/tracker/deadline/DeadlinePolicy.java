package vn.sct.tracker.deadline;

/**
 * How closely a directive is watched, in working days, from the DMN table {@code deadline-policy}
 * (bpmn/deadline-policy.dmn): remind this many days before the deadline, chase again every so many
 * days while overdue, tell the Director once it is this many days overdue.
 */
public record DeadlinePolicy(int reminderDays, int chaseEveryDays, int directorAfterDays) {

    public DeadlinePolicy {
        if (reminderDays < 0 || chaseEveryDays < 1 || directorAfterDays < 1) {
            throw new IllegalArgumentException("deadline-policy gave " + reminderDays + "/" + chaseEveryDays + "/"
                    + directorAfterDays + "; reminder >= 0, chase and director >= 1 working day");
        }
    }
}
