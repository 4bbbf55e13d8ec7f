package vn.sct.tracker.deadline;

import static vn.sct.tracker.workflow.DirectiveLifecycle.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveAction;
import vn.sct.tracker.directive.DirectiveRepository;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.directive.DirectiveStatus;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The deadline watch of {@code directive-lifecycle}, called from the diagram as {@code ${deadlines.…}}:
 * computes every timer moment on the Vietnamese working calendar, keeps them in process variables that
 * the timers read (so a new deadline moves them), and does what each timer stands for: remind, flag
 * overdue, chase again, tell the Director, escalate a slow review.
 *
 * <p>Moments, all in Asia/Ho_Chi_Minh:
 * <ul>
 *   <li>effective deadline: the deadline, or the next working day when it falls on a day off
 *       (Bộ luật Dân sự 2015, Điều 148 khoản 5);</li>
 *   <li>overdue from the end (24:00) of the effective deadline day;</li>
 *   <li>reminder at the start of the working day ({@code tracker.deadlines.reminder-time}) N working
 *       days before the effective deadline;</li>
 *   <li>chase round k at the end of the (k·N)-th working day after the effective deadline;</li>
 *   <li>the Director is told at the end of the M-th working day after it;</li>
 *   <li>a review step is late at the end of the {@code tracker.deadlines.review-step-days}-th working
 *       day after the day it started.</li>
 * </ul>
 */
@Component("deadlines")
public class DeadlineWatch {

    public static final String DECISION_KEY = "deadline-policy";
    private static final DateTimeFormatter VN_DATE = DirectiveService.VN_DATE;
    private static final DateTimeFormatter VN_MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final WorkingCalendar calendar;
    private final DeadlineRepository deadlines;
    private final DirectiveService directives;
    private final DirectiveRepository records;
    private final DecisionService decisions;
    private final ManagementService management;
    private final TaskService tasks;
    private final org.camunda.bpm.engine.RuntimeService runtime;
    private final OrganisationService organisation;
    private final Notifier notifier;
    private final int reviewStepDays;
    private final LocalTime reminderTime;

    public DeadlineWatch(WorkingCalendar calendar, DeadlineRepository deadlines, DirectiveService directives,
                         DirectiveRepository records, DecisionService decisions, ManagementService management,
                         TaskService tasks, org.camunda.bpm.engine.RuntimeService runtime,
                         OrganisationService organisation, Notifier notifier,
                         @Value("${tracker.deadlines.review-step-days:2}") int reviewStepDays,
                         @Value("${tracker.deadlines.reminder-time:07:30}") LocalTime reminderTime) {
        if (reviewStepDays < 1) {
            throw new IllegalArgumentException("tracker.deadlines.review-step-days must be at least 1");
        }
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.directives = directives;
        this.records = records;
        this.decisions = decisions;
        this.management = management;
        this.tasks = tasks;
        this.runtime = runtime;
        this.organisation = organisation;
        this.notifier = notifier;
        this.reviewStepDays = reviewStepDays;
        this.reminderTime = reminderTime;
    }

    // ---------------------------------------------------------------- schedule

    /**
     * Computes the directive's timer moments from its deadline and the policy table, stores them on the
     * record and in the process variables the timers read, and moves timers that are already waiting.
     * Called on registration and whenever the deadline changes.
     */
    public void schedule(DelegateExecution execution) {
        DelegateExecution process = execution.getProcessInstance();
        schedule(directiveId(execution), process::setVariable);
        recalculateTimers(execution.getProcessInstanceId());
    }

    /**
     * A granted extension: the lifecycle's deadline watch starts again from the new deadline. Every
     * waiting deadline timer and any chase task of the old deadline are cancelled (no stale timer fires),
     * the watch waits for the new reminder moment (none is lost), and the overdue flag clears when the
     * new deadline is still ahead.
     */
    public void restartWatch(String directiveId, String processInstanceId) {
        internal(() -> {
            schedule(directiveId, (name, value) -> runtime.setVariable(processInstanceId, name, value));
            DeadlineRecord r = deadlines.find(directiveId).orElseThrow();
            if (AppClock.now().toInstant().isBefore(r.overdueAt())) {
                deadlines.clearOverdue(directiveId);
            }
            var modification = runtime.createProcessInstanceModification(processInstanceId);
            for (String activity : WATCH_WAIT_STATES) {
                modification.cancelAllForActivity(activity);
            }
            modification.startBeforeActivity(EVENT_REMINDER_DUE)
                    .execute(true, true); // no listeners or I/O of the cancelled watch steps run
            retimeOpenTasks(processInstanceId, r);
            return null;
        });
    }

    /** Open tasks show the new deadline in Tasklist: due date, follow-up date, description. */
    private void retimeOpenTasks(String processInstanceId, DeadlineRecord r) {
        Date due = new Date(r.overdueAt().toEpochMilli() - 60_000);
        String deadline = "Hạn " + VN_DATE.format(directives.get(r.directiveId()).deadline());
        for (Task t : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            boolean review = Set.of(TASK_REVIEW_BY_HEAD, TASK_REVIEW_BY_DEPUTY, TASK_SIGN_BY_DIRECTOR)
                    .contains(t.getTaskDefinitionKey());
            if (!review || t.getDueDate() == null || t.getDueDate().after(due)) {
                t.setDueDate(due);
            }
            t.setFollowUpDate(r.reminderAt().isBefore(t.getDueDate().toInstant()) ? Date.from(r.reminderAt()) : null);
            if (t.getDescription() != null) {
                t.setDescription(t.getDescription().replaceAll("Hạn \\d{2}/\\d{2}/\\d{4}", deadline));
            }
            tasks.saveTask(t);
        }
    }

    private void schedule(String directiveId, java.util.function.BiConsumer<String, Object> variables) {
        Directive d = directives.get(directiveId);
        LocalDate effective = effectiveDeadline(d.deadline());
        Instant overdueAt = calendar.deadlineInstant(effective);
        int workingDays = Math.max(0, calendar.workingDaysBetween(
                d.createdAt().atZoneSameInstant(AppClock.ZONE).toLocalDate(), effective));
        DeadlinePolicy policy = policy(d.sourceType().name(), workingDays);
        Instant now = AppClock.now().toInstant();
        LocalDate reminderDay = policy.reminderDays() == 0 ? effective
                : calendar.addWorkingDays(effective, -policy.reminderDays());
        Instant reminderAt = ZonedDateTime.of(reminderDay, reminderTime, AppClock.ZONE).toInstant();
        if (reminderAt.isBefore(now)) {
            reminderAt = now;
        }
        Instant firstRepeat = calendar.deadlineInstant(calendar.addWorkingDays(effective, policy.chaseEveryDays()));
        Instant directorAt = calendar.deadlineInstant(calendar.addWorkingDays(effective, policy.directorAfterDays()));
        deadlines.saveSchedule(d.id(), effective, overdueAt, reminderAt, policy);

        variables.accept(VAR_DEADLINE_DATE, Date.from(d.deadline().atStartOfDay(AppClock.ZONE).toInstant()));
        variables.accept(VAR_REMINDER_AT, Date.from(reminderAt));
        variables.accept(VAR_OVERDUE_AT, Date.from(overdueAt));
        variables.accept(VAR_NEXT_CHASE_AT, Date.from(firstRepeat));
        variables.accept(VAR_DIRECTOR_NOTIFY_AT, Date.from(directorAt));

        StringBuilder comment = new StringBuilder();
        if (!effective.equals(d.deadline())) {
            comment.append("Thời hạn %s là ngày nghỉ: tính đến hết ngày làm việc tiếp theo %s (Điều 148 Bộ luật Dân sự). "
                    .formatted(VN_DATE.format(d.deadline()), VN_DATE.format(effective)));
        }
        if (now.isBefore(overdueAt)) {
            comment.append("Nhắc hạn lúc %s; quá hạn từ %s;".formatted(moment(reminderAt), moment(overdueAt)));
        } else {
            comment.append("Đã quá hạn từ %s: ghi nhận quá hạn ngay, không nhắc hạn;".formatted(moment(overdueAt)));
        }
        comment.append(" khi quá hạn, Văn phòng đôn đốc %d ngày làm việc một lần,".formatted(policy.chaseEveryDays()))
                .append(" báo cáo Giám đốc khi quá hạn %d ngày làm việc (%s).".formatted(policy.directorAfterDays(),
                        moment(directorAt)));
        records.appendEvent(d.id(), null, DirectiveAction.DEADLINE_SCHEDULED, null, null, null, comment.toString());
    }

    /** The deadline day, or the next working day when it is a day off. */
    public LocalDate effectiveDeadline(LocalDate deadline) {
        return calendar.addWorkingDays(deadline, 0);
    }

    /** The policy row of {@code deadline-policy} for a directive source and the working days it was given. */
    public DeadlinePolicy policy(String sourceType, int workingDays) {
        DmnDecisionRuleResult row = internal(() -> decisions.evaluateDecisionTableByKey(DECISION_KEY)
                .variables(Variables.putValue("sourceType", sourceType).putValue("workingDays", workingDays))
                .evaluate().getSingleResult());
        if (row == null) {
            throw new IllegalStateException("deadline-policy has no rule for " + sourceType + ", " + workingDays);
        }
        return new DeadlinePolicy(number(row, "reminderDays"), number(row, "chaseEveryDays"),
                number(row, "directorAfterDays"));
    }

    /** The moment a review step that starts now is late: timer of the review tasks' boundary events. */
    public Date reviewDue() {
        return Date.from(calendar.deadlineInstant(calendar.addWorkingDays(AppClock.today(), reviewStepDays)));
    }

    // ---------------------------------------------------------------- what the timers do

    /** Reminder moment reached: tell the specialist and the lead division's head (the Office if unassigned). */
    public void remind(DelegateExecution execution) {
        Directive d = directives.get(directiveId(execution));
        DeadlineRecord r = deadlines.find(d.id()).orElseThrow();
        Instant now = AppClock.now().toInstant();
        if (!now.isBefore(r.overdueAt())) {
            return; // registered already overdue: the overdue path speaks instead
        }
        deadlines.reminded(d.id(), now);
        int left = calendar.workingDaysBetween(AppClock.today(), r.effectiveDeadline());
        String comment = "Còn %d ngày làm việc đến hạn %s".formatted(left, VN_DATE.format(r.effectiveDeadline()));
        records.appendEvent(d.id(), null, DirectiveAction.REMINDED, d.currentStep(), null, null, comment);
        List<String> to = new ArrayList<>(leaders(d));
        if (d.leadDivision() == null) {
            to.add(group(organisation.officeGroup()));
            to.add(group(organisation.directorGroup()));
        }
        notifier.send(to, "[Nhắc hạn] %s: hạn %s".formatted(d.id(), VN_DATE.format(r.effectiveDeadline())),
                body(d, comment));
    }

    /** Deadline passed unfinished: flag the record overdue since that moment; the Office is told to chase. */
    public void markOverdue(DelegateExecution execution) {
        Directive d = directives.get(directiveId(execution));
        DeadlineRecord r = deadlines.find(d.id()).orElseThrow();
        if (r.overdueAt().equals(r.overdueSince())) {
            return; // this deadline has been flagged already
        }
        deadlines.overdue(d.id(), r.overdueAt());
        // Registered (or found) long after its deadline: the chase starts at the round now due, once.
        Instant now = AppClock.now().toInstant();
        int round = 1;
        while (!chaseMoment(r, round + 1).isAfter(now)) {
            round++;
        }
        if (round > 1) {
            deadlines.chased(d.id(), round, now);
        }
        execution.getProcessInstance().setVariable(VAR_NEXT_CHASE_AT, Date.from(chaseMoment(r, round + 1)));
        String comment = "Quá thời hạn %s, đang ở bước \"%s\"%s; Văn phòng đôn đốc lần %d".formatted(
                VN_DATE.format(r.effectiveDeadline()), nz(d.currentStepName()), holderText(d), round);
        records.appendEvent(d.id(), null, DirectiveAction.OVERDUE, d.currentStep(), null, null, comment);
        List<String> to = new ArrayList<>(leaders(d));
        to.add(group(organisation.officeGroup()));
        to.add(d.deputyInCharge());
        notifier.send(to, "[Quá hạn] %s: hạn %s".formatted(d.id(), VN_DATE.format(r.effectiveDeadline())),
                body(d, comment));
    }

    /** Next chase round reached while still overdue: count it, tell the division again, set the next round. */
    public void nextChaseRound(DelegateExecution execution) {
        Directive d = directives.get(directiveId(execution));
        DeadlineRecord r = deadlines.find(d.id()).orElseThrow();
        Instant now = AppClock.now().toInstant();
        int round = r.chaseCount() + 1;
        // A round missed while the server was down is not repeated: this round is the latest one due.
        while (!chaseMoment(r, round + 1).isAfter(now)) {
            round++;
        }
        Instant next = chaseMoment(r, round + 1);
        deadlines.chased(d.id(), round, now);
        execution.getProcessInstance().setVariable(VAR_NEXT_CHASE_AT, Date.from(next));
        String comment = "Đôn đốc lần %d: quá hạn %d ngày làm việc, đang ở bước \"%s\"%s".formatted(round,
                workingDaysLate(r.effectiveDeadline(), now), nz(d.currentStepName()), holderText(d));
        records.appendEvent(d.id(), null, DirectiveAction.CHASE_REPEATED, d.currentStep(), null, null, comment);
        List<String> to = new ArrayList<>(leaders(d));
        to.add(group(organisation.officeGroup()));
        notifier.send(to, "[Đôn đốc lần %d] %s quá hạn".formatted(round, d.id()), body(d, comment));
    }

    /** Overdue for M working days: the Director is told. */
    public void notifyDirector(DelegateExecution execution) {
        Directive d = directives.get(directiveId(execution));
        DeadlineRecord r = deadlines.find(d.id()).orElseThrow();
        Instant now = AppClock.now().toInstant();
        deadlines.directorNotified(d.id(), now);
        String comment = "Quá hạn %d ngày làm việc (hạn %s), đang ở bước \"%s\"%s: báo cáo Giám đốc".formatted(
                workingDaysLate(r.effectiveDeadline(), now), VN_DATE.format(r.effectiveDeadline()),
                nz(d.currentStepName()), holderText(d));
        records.appendEvent(d.id(), null, DirectiveAction.DIRECTOR_NOTIFIED, d.currentStep(), null, null, comment);
        notifier.send(List.of(group(organisation.directorGroup()), nz(d.deputyInCharge()),
                        group(organisation.officeGroup())),
                "[Báo cáo Giám đốc] %s quá hạn %d ngày làm việc".formatted(d.id(),
                        workingDaysLate(r.effectiveDeadline(), now)), body(d, comment));
    }

    /** A review step passed its time limit: the Office is told; the step goes on. */
    public void reviewLate(DelegateExecution execution) {
        Directive d = directives.get(directiveId(execution));
        Task review = internal(() -> tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKeyIn(TASK_REVIEW_BY_HEAD, TASK_REVIEW_BY_DEPUTY, TASK_SIGN_BY_DIRECTOR)
                .orderByTaskCreateTime().asc().list().stream().findFirst().orElse(null));
        String step = review == null ? d.currentStep() : review.getTaskDefinitionKey();
        String stepName = review == null ? nz(d.currentStepName()) : review.getName();
        String holder = review == null ? d.currentActor() : review.getAssignee();
        deadlines.reviewEscalated(d.id());
        String comment = "Bước \"%s\" quá %d ngày làm việc chưa xử lý%s; báo Văn phòng đôn đốc".formatted(stepName,
                reviewStepDays, holder == null || holder.isBlank() ? "" : " (người giữ: "
                        + organisation.displayName(holder) + ")");
        records.appendEvent(d.id(), null, DirectiveAction.REVIEW_OVERDUE, step, null, null, comment);
        List<String> to = new ArrayList<>();
        to.add(group(organisation.officeGroup()));
        if (holder != null && !holder.startsWith("group:")) {
            to.add(holder);
        }
        notifier.send(to, "[Chậm xem xét] %s: %s".formatted(d.id(), stepName), body(d, comment));
    }

    // ---------------------------------------------------------------- report state

    /** The directive's report state and colour now. */
    public DeadlineState state(Directive d) {
        return state(d, deadlines.find(d.id()), AppClock.now().toInstant());
    }

    public DeadlineState state(Directive d, Optional<DeadlineRecord> record, Instant now) {
        LocalDate effective = record.map(DeadlineRecord::effectiveDeadline).orElseGet(() -> effectiveDeadline(d.deadline()));
        Instant overdueAt = record.map(DeadlineRecord::overdueAt).orElseGet(() -> calendar.deadlineInstant(effective));
        Instant closedAt = d.status() == DirectiveStatus.CLOSED && d.closedAt() != null ? d.closedAt().toInstant() : null;
        return classify(effective, overdueAt, closedAt, record.map(DeadlineRecord::reminderAt).orElse(null), now);
    }

    /**
     * The one definition of the report states (also used by the reports for past moments): where a
     * directive with this effective deadline stands at {@code at}.
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
        LocalDate day = at.minusMillis(1).atZone(AppClock.ZONE).toLocalDate();
        return Math.max(0, calendar.workingDaysBetween(effectiveDeadline, day));
    }

    // ---------------------------------------------------------------- helpers

    /** Chase round k (k = 1 at the deadline) happens at the end of the ((k-1)·N)-th working day late. */
    private Instant chaseMoment(DeadlineRecord r, int round) {
        int days = (round - 1) * r.policy().chaseEveryDays();
        return days == 0 ? r.overdueAt() : calendar.deadlineInstant(calendar.addWorkingDays(r.effectiveDeadline(), days));
    }

    /** Moves the waiting deadline timers of an instance to the moments now in its variables. */
    public void recalculateTimers(String processInstanceId) {
        internal(() -> {
            for (String activity : WATCH_TIMERS) {
                for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers()
                        .activityId(activity).list()) {
                    management.recalculateJobDuedate(job.getId(), false);
                }
            }
            return null;
        });
    }

    private List<String> leaders(Directive d) {
        List<String> to = new ArrayList<>();
        if (d.assignee() != null) {
            to.add(d.assignee());
        }
        if (d.leadDivision() != null) {
            to.add(group(organisation.headGroup(d.leadDivision())));
        }
        return to;
    }

    private String holderText(Directive d) {
        String actor = d.currentActor();
        if (actor == null || actor.isBlank()) {
            return "";
        }
        return actor.startsWith("group:") ? "" : " (người giữ: " + organisation.displayName(actor) + ")";
    }

    private static String body(Directive d, String what) {
        return "Nhiệm vụ %s\nVăn bản giao: %s ngày %s của %s\nTrích yếu: %s\nThời hạn: %s\n\n%s".formatted(d.id(),
                d.sourceDocNumber(), VN_DATE.format(d.sourceDocDate()), d.sourceIssuer(), d.sourceSummary(),
                VN_DATE.format(d.deadline()), what);
    }

    private static String group(String id) {
        return "group:" + id;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String moment(Instant i) {
        return VN_MOMENT.format(i.atZone(AppClock.ZONE));
    }

    private static int number(DmnDecisionRuleResult row, String name) {
        Object v = row.getEntryMap().get(name);
        if (!(v instanceof Number n)) {
            throw new IllegalStateException("deadline-policy output " + name + " is " + v);
        }
        return n.intValue();
    }

    private static String directiveId(DelegateExecution execution) {
        return (String) execution.getVariable(VAR_DIRECTIVE_ID);
    }

    private static <T> T internal(Supplier<T> work) {
        return vn.sct.tracker.common.EngineInternal.withoutAuthorization(work);
    }
}
