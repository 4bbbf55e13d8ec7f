package vn.sct.tracker.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.Actor;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveAction;
import vn.sct.tracker.directive.DirectiveRepository;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * What each moment of the deadline watch does: remind, flag overdue, chase again, tell the Director,
 * report a slow review. Each writes the trail and tells the people concerned by e-mail.
 */
@Service
@Transactional
public class DeadlineActions {

    private final WorkingCalendar calendar;
    private final ReportStates states;
    private final DeadlineRepository deadlines;
    private final DirectiveService directives;
    private final DirectiveRepository records;
    private final OrganisationService organisation;
    private final Notifier notifier;
    private final ReviewStepLimit reviewLimit;

    public DeadlineActions(WorkingCalendar calendar, ReportStates states, DeadlineRepository deadlines,
                           DirectiveService directives, DirectiveRepository records, OrganisationService organisation,
                           Notifier notifier, ReviewStepLimit reviewLimit) {
        this.calendar = calendar;
        this.states = states;
        this.deadlines = deadlines;
        this.directives = directives;
        this.records = records;
        this.organisation = organisation;
        this.notifier = notifier;
        this.reviewLimit = reviewLimit;
    }

    /** The Office chased the directive: how, and what came of it (refused when either is missing). */
    public void chased(String directiveId, String actor, String step, String method, String note) {
        ChaseMethod how = ChaseMethod.parse(method);
        String what = ChaseMethod.note(note);
        records.appendEvent(directiveId, actor, DirectiveAction.CHASED, step, null, null, how.label() + ": " + what);
    }

    /** Reminder moment reached: tell the specialist and the lead division's head (the Office if unassigned). */
    public void remind(String directiveId) {
        Directive d = directives.get(directiveId);
        DeadlineRecord r = deadlines.find(d.id()).orElseThrow();
        Instant now = AppClock.instant();
        if (!now.isBefore(r.overdueAt())) {
            return; // registered already overdue: the overdue path speaks instead
        }
        deadlines.reminded(d.id(), now);
        int left = calendar.workingDaysBetween(AppClock.today(), r.effectiveDeadline());
        String comment = text("trail.reminded", left, VietnameseFormat.date(r.effectiveDeadline()));
        records.appendEvent(d.id(), null, DirectiveAction.REMINDED, d.currentStep(), null, null, comment);
        List<String> to = new ArrayList<>(leaders(d));
        if (d.leadDivision() == null) {
            to.add(Actor.group(organisation.officeGroup()));
            to.add(Actor.group(organisation.directorGroup()));
        }
        notifier.send(to, text("mail.reminder.subject", d.id(), VietnameseFormat.date(r.effectiveDeadline())),
                body(d, comment));
    }

    /**
     * Deadline passed unfinished: flag the record overdue since that moment; the Office is told to chase.
     * A directive registered (or found) long after its deadline starts at the chase round now due, once.
     *
     * @return the moment of the next chase round; empty when this deadline has been flagged already
     */
    public java.util.Optional<Instant> markOverdue(String directiveId) {
        Directive d = directives.get(directiveId);
        DeadlineRecord r = deadlines.find(d.id()).orElseThrow();
        if (r.overdueAt().equals(r.overdueSince())) {
            return java.util.Optional.empty();
        }
        deadlines.overdue(d.id(), r.overdueAt());
        Instant now = AppClock.instant();
        int round = 1;
        while (!chaseMoment(r, round + 1).isAfter(now)) {
            round++;
        }
        if (round > 1) {
            deadlines.chased(d.id(), round, now);
        }
        String comment = text("trail.overdue", VietnameseFormat.date(r.effectiveDeadline()),
                nz(d.currentStepName()), holderText(d), round);
        records.appendEvent(d.id(), null, DirectiveAction.OVERDUE, d.currentStep(), null, null, comment);
        List<String> to = new ArrayList<>(leaders(d));
        to.add(Actor.group(organisation.officeGroup()));
        to.add(d.deputyInCharge());
        notifier.send(to, text("mail.overdue.subject", d.id(), VietnameseFormat.date(r.effectiveDeadline())),
                body(d, comment));
        return java.util.Optional.of(chaseMoment(r, round + 1));
    }

    /**
     * Next chase round reached while still overdue: count it, tell the division again. A round missed while
     * the server was down is not repeated: this round is the latest one due.
     *
     * @return the moment of the round after it
     */
    public Instant nextChaseRound(String directiveId) {
        Directive d = directives.get(directiveId);
        DeadlineRecord r = deadlines.find(d.id()).orElseThrow();
        Instant now = AppClock.instant();
        int round = r.chaseCount() + 1;
        while (!chaseMoment(r, round + 1).isAfter(now)) {
            round++;
        }
        deadlines.chased(d.id(), round, now);
        String comment = text("trail.chaseRepeated", round, states.workingDaysLate(r.effectiveDeadline(), now),
                nz(d.currentStepName()), holderText(d));
        records.appendEvent(d.id(), null, DirectiveAction.CHASE_REPEATED, d.currentStep(), null, null, comment);
        List<String> to = new ArrayList<>(leaders(d));
        to.add(Actor.group(organisation.officeGroup()));
        notifier.send(to, text("mail.chase.subject", round, d.id()), body(d, comment));
        return chaseMoment(r, round + 1);
    }

    /** Overdue for M working days: the Director is told. */
    public void notifyDirector(String directiveId) {
        Directive d = directives.get(directiveId);
        DeadlineRecord r = deadlines.find(d.id()).orElseThrow();
        Instant now = AppClock.instant();
        deadlines.directorNotified(d.id(), now);
        int late = states.workingDaysLate(r.effectiveDeadline(), now);
        String comment = text("trail.directorNotified", late, VietnameseFormat.date(r.effectiveDeadline()),
                nz(d.currentStepName()), holderText(d));
        records.appendEvent(d.id(), null, DirectiveAction.DIRECTOR_NOTIFIED, d.currentStep(), null, null, comment);
        notifier.send(List.of(Actor.group(organisation.directorGroup()), nz(d.deputyInCharge()),
                Actor.group(organisation.officeGroup())), text("mail.director.subject", d.id(), late), body(d, comment));
    }

    /**
     * A review step passed its time limit: the Office is told; the step goes on.
     *
     * @param step     the review task's key (or null when it is gone), its name and who holds it
     */
    public void reviewLate(String directiveId, String step, String stepName, String holder) {
        Directive d = directives.get(directiveId);
        String key = step == null ? d.currentStep() : step;
        String name = step == null ? nz(d.currentStepName()) : stepName;
        String who = step == null ? d.currentActor() : holder;
        deadlines.reviewEscalated(d.id());
        String comment = text("trail.reviewLate", name, reviewLimit.days(),
                Actor.isPerson(who) ? text("trail.holder", organisation.displayName(who)) : "");
        records.appendEvent(d.id(), null, DirectiveAction.REVIEW_OVERDUE, key, null, null, comment);
        List<String> to = new ArrayList<>();
        to.add(Actor.group(organisation.officeGroup()));
        if (Actor.isPerson(who)) {
            to.add(who);
        }
        notifier.send(to, text("mail.reviewLate.subject", d.id(), name), body(d, comment));
    }

    /** Chase round k (k = 1 at the deadline) happens at the end of the ((k-1)·C)-th working day late. */
    private Instant chaseMoment(DeadlineRecord r, int round) {
        int days = (round - 1) * r.policy().chaseEveryDays();
        return days == 0 ? r.overdueAt() : calendar.deadlineInstant(calendar.addWorkingDays(r.effectiveDeadline(), days));
    }

    private List<String> leaders(Directive d) {
        List<String> to = new ArrayList<>();
        if (d.assignee() != null) {
            to.add(d.assignee());
        }
        if (d.leadDivision() != null) {
            to.add(Actor.group(organisation.headGroup(d.leadDivision())));
        }
        return to;
    }

    private String holderText(Directive d) {
        return Actor.isPerson(d.currentActor()) ? text("trail.holder", organisation.displayName(d.currentActor())) : "";
    }

    private static String body(Directive d, String what) {
        return text("mail.directive.body", d.id(), d.sourceDocNumber(), VietnameseFormat.date(d.sourceDocDate()),
                d.sourceIssuer(), d.sourceSummary(), VietnameseFormat.date(d.deadline()), what);
    }

    private static String text(String key, Object... args) {
        return Messages.get(Messages.VIETNAMESE, key, args);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
