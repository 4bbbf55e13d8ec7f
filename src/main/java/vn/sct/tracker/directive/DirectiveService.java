package vn.sct.tracker.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.CommandValidator;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.NotFoundException;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The rules of a directive's life and its record. Every change validates first, then updates the record
 * and appends one event; called from engine steps, it shares the step's transaction, so the engine and
 * the record never disagree.
 */
@Service
@Transactional
public class DirectiveService {

    private final DirectiveRepository repository;
    private final OrganisationService organisation;
    private final CommandValidator validator;

    public DirectiveService(DirectiveRepository repository, OrganisationService organisation,
                            CommandValidator validator) {
        this.repository = repository;
        this.organisation = organisation;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public Directive get(String id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("notFound.directive", id));
    }

    @Transactional(readOnly = true)
    public Optional<Directive> find(String id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public List<DirectiveEvent> events(String id) {
        return repository.events(id);
    }

    /** The Office registers a directive; the record is created with status REGISTERED. */
    public Directive register(RegisterDirective in, String actor, String processInstanceId) {
        LocalDate deadline = checkRegistration(in);
        var now = AppClock.now();
        Directive d = new Directive(repository.nextId(), in.sourceType(), in.sourceDocNumber(), in.sourceDocDate(),
                in.sourceIssuer(), in.sourceSummary(), in.content(), null, List.of(), null, null, deadline,
                DirectiveStatus.REGISTERED, null, null, null, null, null, null, null, null, null, processInstanceId,
                actor, now, now, 0);
        repository.insert(d);
        repository.appendEvent(d.id(), actor, DirectiveAction.REGISTERED, null, null, DirectiveStatus.REGISTERED,
                trail("trail.registered", in.sourceDocNumber(), date(in.sourceDocDate()), in.sourceIssuer(),
                        date(deadline)));
        return d;
    }

    /**
     * Every rule a registration must meet, checked without writing anything (an import checks all its rows
     * first); the first broken one is refused.
     *
     * @return the deadline
     */
    @Transactional(readOnly = true)
    public LocalDate checkRegistration(RegisterDirective in) {
        validator.check(in);
        LocalDate deadline = DeadlineRules.notBeforeSource(in.deadline(), in.sourceDocDate());
        DeadlineRules.notPast(deadline);
        return deadline;
    }

    /**
     * The Director assigns the lead division, the coordinating divisions, the deputy in charge and
     * confirms the deadline. An empty deputy means the deputy in charge of the lead division.
     */
    public Directive assign(String id, String actor, String step, AssignDirective in) {
        Directive d = open(id);
        validator.check(in);
        String lead = in.leadDivision();
        if (organisation.division(lead).isEmpty()) {
            throw new ValidationException("leadDivision", "reason.noSuchDivision", lead);
        }
        Set<String> coordinating = new LinkedHashSet<>();
        for (String code : in.coordinatingDivisions()) {
            if (organisation.division(code).isEmpty()) {
                throw new ValidationException("coordinatingDivisions", "reason.noSuchDivision", code);
            }
            if (code.equals(lead)) {
                throw new ValidationException("coordinatingDivisions", "reason.leadNotCoordinating");
            }
            coordinating.add(code);
        }
        String deputy = in.deputyInCharge() != null ? in.deputyInCharge() : organisation.deputyInChargeOf(lead)
                .orElseThrow(() -> new ValidationException("deputyInCharge", "reason.noDeputyInCharge",
                        organisation.divisionName(lead)));
        if (!organisation.isDeputy(deputy)) {
            throw new ValidationException("deputyInCharge", "reason.notADeputy", deputy);
        }
        LocalDate deadline = DeadlineRules.notBeforeSource(in.deadline(), d.sourceDocDate());
        if (!deadline.equals(d.deadline())) {
            DeadlineRules.notPast(deadline);
        }

        List<String> coordinatingList = new ArrayList<>(coordinating);
        Directive saved = repository.update(d.withAssignment(lead, coordinatingList, deputy, deadline)
                .withStatus(DirectiveStatus.ASSIGNED));
        StringBuilder comment = new StringBuilder(trail("trail.assigned.lead", organisation.divisionName(lead)));
        if (!coordinatingList.isEmpty()) {
            comment.append(trail("trail.assigned.coordinating", coordinatingList.stream()
                    .map(organisation::divisionName).collect(Collectors.joining(", "))));
        }
        comment.append(trail("trail.assigned.deputyAndDeadline", organisation.displayName(deputy), date(deadline)));
        if (!d.deadline().equals(deadline)) {
            comment.append(trail("trail.assigned.registeredDeadline", date(d.deadline())));
        }
        if (in.assignNote() != null) {
            comment.append(trail("trail.assigned.note", in.assignNote()));
        }
        repository.appendEvent(id, actor, DirectiveAction.ASSIGNED, step, d.status(), saved.status(),
                comment.toString());
        return saved;
    }

    /** The lead division's head picks the specialist who drafts (chuyên viên thụ lý). */
    public Directive assignSpecialist(String id, String actor, String step, String specialist, String note) {
        Directive d = open(id);
        requireSpecialist(d, specialist);
        String n = limited("note", note, 2000);
        Directive saved = repository.update(d.withAssignee(specialist).withStatus(DirectiveStatus.IN_PROGRESS));
        repository.appendEvent(id, actor, DirectiveAction.SPECIALIST_ASSIGNED, step, d.status(), saved.status(),
                join(trail("trail.specialist", organisation.displayName(specialist)), n));
        return saved;
    }

    /** The draft moves to another specialist of the lead division (reassignment by the head). */
    public Directive reassign(String id, String actor, String step, String newSpecialist) {
        Directive d = open(id);
        if (Objects.equals(d.assignee(), newSpecialist)) {
            return d;
        }
        requireSpecialist(d, newSpecialist);
        Directive saved = repository.update(d.withAssignee(newSpecialist));
        repository.appendEvent(id, actor, DirectiveAction.REASSIGNED, step, d.status(), saved.status(),
                trail("trail.reassigned", organisation.displayName(d.assignee()),
                        organisation.displayName(newSpecialist)));
        return saved;
    }

    /** Only the lead division's leaders may hand a draft to another specialist. */
    public void requireMayReassign(Directive d, String actor) {
        if (actor != null && !organisation.isMember(actor, organisation.headGroup(d.leadDivision()))) {
            throw new ValidationException("assignee", "reason.onlyHeadReassigns",
                    organisation.divisionName(d.leadDivision()));
        }
    }

    private void requireSpecialist(Directive d, String specialist) {
        if (Text.clean(specialist) == null) {
            throw new ValidationException("specialist", "reason.choose");
        }
        if (!organisation.isMember(specialist, organisation.divisionGroup(d.leadDivision()))) {
            throw new ValidationException("specialist", "reason.notInDivision", specialist,
                    organisation.divisionName(d.leadDivision()));
        }
    }

    /** The specialist submits the draft (first time or after a return) for the head's review. */
    public Directive submitDraft(String id, String actor, String step, SubmitDraft in) {
        Directive d = open(id);
        validator.check(in);
        Directive saved = repository.update(d.withDraft(in.draftSummary(), in.draftReference())
                .withStatus(DirectiveStatus.IN_REVIEW));
        repository.appendEvent(id, actor, DirectiveAction.DRAFT_SUBMITTED, step, d.status(), saved.status(),
                join(in.draftSummary(), in.note()));
        return saved;
    }

    /** A coordinating division gives its opinion (góp ý); the status does not change. */
    public void recordOpinion(String id, String actor, String step, String division, String opinion) {
        Directive d = open(id);
        String o = limited("opinion", opinion, 4000);
        if (o == null) {
            throw new ValidationException("opinion", "reason.required");
        }
        repository.appendEvent(id, actor, DirectiveAction.OPINION_GIVEN, step, d.status(), d.status(),
                trail("trail.opinion", organisation.divisionName(division), o));
    }

    /**
     * A review (division head or deputy director): approve, or return to the specialist with a comment.
     * @return true when approved
     */
    public boolean review(String id, String actor, String step, Review in) {
        Directive d = open(id);
        boolean approve = ReviewDecision.parse(in.decision()).orElseThrow(() ->
                new ValidationException("decision", "reason.approveOrReturn")) == ReviewDecision.APPROVE;
        String c = approve ? limited("comment", in.comment(), 4000) : returnComment(in.comment());
        DirectiveStatus to = approve ? DirectiveStatus.IN_REVIEW : DirectiveStatus.IN_PROGRESS;
        Directive saved = repository.update(d.withStatus(to));
        repository.appendEvent(id, actor, approve ? DirectiveAction.APPROVED : DirectiveAction.RETURNED, step,
                d.status(), saved.status(), c);
        return approve;
    }

    /** The Director signs, or returns to the specialist or to the deputy director, with a comment. */
    public DirectorDecision directorDecision(String id, String actor, String step, Review in) {
        Directive d = open(id);
        DirectorDecision decision = DirectorDecision.parse(in.decision()).orElseThrow(() ->
                new ValidationException("decision", "reason.signOrReturn"));
        DirectiveStatus to;
        DirectiveAction action;
        String c;
        switch (decision) {
            case SIGN -> {
                to = DirectiveStatus.SIGNED;
                action = DirectiveAction.SIGNED;
                c = limited("comment", in.comment(), 4000);
            }
            case RETURN_TO_DRAFT -> {
                to = DirectiveStatus.IN_PROGRESS;
                action = DirectiveAction.RETURNED;
                c = trail("trail.returnedToSpecialist", returnComment(in.comment()));
            }
            default -> {
                to = DirectiveStatus.IN_REVIEW;
                action = DirectiveAction.RETURNED;
                c = trail("trail.returnedToDeputy", returnComment(in.comment()));
            }
        }
        Directive saved = repository.update(d.withStatus(to));
        repository.appendEvent(id, actor, action, step, d.status(), saved.status(), c);
        return decision;
    }

    /**
     * The Office issues the result and closes the directive. A directive is never closed without its
     * result: the result document's number and date, or a completion report.
     */
    public Directive close(String id, String actor, String step, CloseDirective in) {
        Directive d = open(id);
        validator.check(in);
        String number = in.resultDocNumber();
        String report = in.completionReport();
        LocalDate date = in.resultDocDate();
        if (number != null && date == null) {
            throw new ValidationException("resultDocDate", "reason.requiredWithNumber");
        }
        if (number == null && date != null) {
            throw new ValidationException("resultDocNumber", "reason.requiredWithDate");
        }
        if (number == null && report == null) {
            throw new ValidationException("resultDocNumber", "reason.noResult").labelled("field.result");
        }
        if (date != null && date.isAfter(AppClock.today())) {
            throw new ValidationException("resultDocDate", "reason.notAfterToday");
        }
        if (date != null && date.isBefore(d.sourceDocDate())) {
            throw new ValidationException("resultDocDate", "reason.notBeforeSourceDate");
        }
        Directive saved = repository.update(d.withResult(number, date, report, AppClock.now()));
        String comment = number != null ? trail("trail.closedWithDocument", number, date(date))
                : trail("trail.closedWithReport");
        repository.appendEvent(id, actor, DirectiveAction.CLOSED, step, d.status(), saved.status(),
                join(comment, report));
        return saved;
    }

    /** A granted extension: the deadline moves; the trail keeps the old and new deadline and why. */
    public Directive extendDeadline(String id, String actor, LocalDate newDeadline, String reason) {
        Directive d = open(id);
        Directive saved = repository.update(d.withAssignment(d.leadDivision(), d.coordinatingDivisions(),
                d.deputyInCharge(), newDeadline));
        repository.appendEvent(id, actor, DirectiveAction.DEADLINE_EXTENDED, null, d.status(), saved.status(),
                trail("trail.deadlineExtended", date(d.deadline()), date(newDeadline), reason));
        return saved;
    }

    /** A new step opened: the record says which one and who holds it (no event: the step is not an act). */
    public Directive stepStarted(String id, String step, String stepName, String actor) {
        Directive d = get(id);
        return repository.update(d.withStep(d.status(), step, stepName, actor));
    }

    private Directive open(String id) {
        Directive d = get(id);
        if (!d.status().isOpen()) {
            throw new ValidationException("directiveId", "reason.directiveClosed").labelled("label.directive", id);
        }
        return d;
    }

    private static String returnComment(String comment) {
        String c = Text.field("comment", comment, 4000);
        if (c == null) {
            throw new ValidationException("comment", "reason.commentWhenReturning");
        }
        return limited("comment", c, 4000);
    }

    private static String limited(String field, String value, int max) {
        return Text.field(field, value, max);
    }

    private static String trail(String key, Object... args) {
        return Messages.get(Messages.VIETNAMESE, key, args);
    }

    private static String date(LocalDate d) {
        return vn.sct.tracker.common.VietnameseFormat.date(d);
    }

    private static String join(String first, String second) {
        return Text.sentences(first, second);
    }
}
