package vn.sct.tracker.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveAction;
import vn.sct.tracker.directive.DirectiveRepository;
import vn.sct.tracker.directive.DirectiveService;

/**
 * Plans a directive's deadline watch on the Vietnamese working calendar, all in Asia/Ho_Chi_Minh:
 * <ul>
 *   <li>overdue from the end (24:00) of the effective deadline day (the next working day when the
 *       deadline falls on a day off);</li>
 *   <li>the reminder at {@code tracker.deadlines.reminder-time}, N working days before the effective
 *       deadline;</li>
 *   <li>chase round k at the end of the ((k-1)·C)-th working day after the effective deadline;</li>
 *   <li>the Director told at the end of the M-th working day after it;</li>
 * </ul>
 * N, C and M from {@link DeadlinePolicies}. The plan is kept on the record and written to the trail.
 */
@Service
@Transactional
public class DeadlineSchedule {

    private final WorkingCalendar calendar;
    private final ReportStates states;
    private final DeadlinePolicies policies;
    private final DeadlineRepository deadlines;
    private final DirectiveService directives;
    private final DirectiveRepository records;
    private final DeadlineProperties properties;

    public DeadlineSchedule(WorkingCalendar calendar, ReportStates states, DeadlinePolicies policies,
                            DeadlineRepository deadlines, DirectiveService directives, DirectiveRepository records,
                            DeadlineProperties properties) {
        this.calendar = calendar;
        this.states = states;
        this.policies = policies;
        this.deadlines = deadlines;
        this.directives = directives;
        this.records = records;
        this.properties = properties;
    }

    /** Plans (or re-plans, after the deadline changed) the watch of a directive from its current deadline. */
    public WatchMoments plan(String directiveId) {
        Directive d = directives.get(directiveId);
        LocalDate effective = states.effectiveDeadline(d.deadline());
        Instant overdueAt = states.overdueAt(effective);
        int workingDays = Math.max(0, calendar.workingDaysBetween(AppClock.day(d.createdAt().toInstant()), effective));
        DeadlinePolicy policy = policies.policy(d.sourceType().name(), workingDays);
        Instant now = AppClock.instant();
        LocalDate reminderDay = policy.reminderDays() == 0 ? effective
                : calendar.addWorkingDays(effective, -policy.reminderDays());
        Instant reminderAt = ZonedDateTime.of(reminderDay, properties.reminderTime(), AppClock.ZONE).toInstant();
        if (reminderAt.isBefore(now)) {
            reminderAt = now;
        }
        Instant firstRepeat = calendar.deadlineInstant(calendar.addWorkingDays(effective, policy.chaseEveryDays()));
        Instant directorAt = calendar.deadlineInstant(calendar.addWorkingDays(effective, policy.directorAfterDays()));
        deadlines.saveSchedule(d.id(), effective, overdueAt, reminderAt, policy);
        records.appendEvent(d.id(), null, DirectiveAction.DEADLINE_SCHEDULED, null, null, null,
                trail(d.deadline(), effective, now, reminderAt, overdueAt, policy, directorAt));
        return new WatchMoments(d.deadline(), reminderAt, overdueAt, firstRepeat, directorAt);
    }

    /** A granted extension: the new deadline is planned; the overdue flag clears when it is still ahead. */
    public WatchMoments replanAfterExtension(String directiveId) {
        WatchMoments moments = plan(directiveId);
        if (AppClock.instant().isBefore(moments.overdueAt())) {
            deadlines.clearOverdue(directiveId);
        }
        return moments;
    }

    private static String trail(LocalDate deadline, LocalDate effective, Instant now, Instant reminderAt,
                                Instant overdueAt, DeadlinePolicy policy, Instant directorAt) {
        StringBuilder comment = new StringBuilder();
        if (!effective.equals(deadline)) {
            comment.append(text("trail.deadlineOnDayOff", VietnameseFormat.date(deadline),
                    VietnameseFormat.date(effective)));
        }
        comment.append(now.isBefore(overdueAt)
                ? text("trail.watchPlanned", VietnameseFormat.moment(reminderAt), VietnameseFormat.moment(overdueAt))
                : text("trail.watchAlreadyOverdue", VietnameseFormat.moment(overdueAt)));
        comment.append(text("trail.watchPolicy", policy.chaseEveryDays(), policy.directorAfterDays(),
                VietnameseFormat.moment(directorAt)));
        return comment.toString();
    }

    private static String text(String key, Object... args) {
        return Messages.get(Messages.VIETNAMESE, key, args);
    }
}
