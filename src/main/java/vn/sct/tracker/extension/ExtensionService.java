package vn.sct.tracker.extension;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.CommandValidator;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.NotFoundException;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.deadline.DeadlineRepository;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveAction;
import vn.sct.tracker.directive.DirectiveRepository;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The rules of extension requests: a division that cannot finish on time for objective reasons asks
 * instead of closing an unfinished directive. Only the lead division asks, only for an open directive,
 * one pending request at a time, and every new deadline is a working day after the current one. A
 * granted request moves the directive's deadline; a refused one leaves it untouched. Every step is
 * written to the directive's trail.
 */
@Service
@Transactional
public class ExtensionService {

    private final ExtensionRepository requests;
    private final DirectiveService directives;
    private final DirectiveRepository records;
    private final DeadlineRepository deadlines;
    private final WorkingCalendar calendar;
    private final OrganisationService organisation;
    private final CommandValidator validator;

    public ExtensionService(ExtensionRepository requests, DirectiveService directives, DirectiveRepository records,
                            DeadlineRepository deadlines, WorkingCalendar calendar, OrganisationService organisation,
                            CommandValidator validator) {
        this.requests = requests;
        this.directives = directives;
        this.records = records;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.organisation = organisation;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public ExtensionRequest get(String id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("notFound.extension", id));
    }

    @Transactional(readOnly = true)
    public List<ExtensionRequest> ofDirective(String directiveId) {
        return requests.ofDirective(directiveId);
    }

    /** The lead division asks: validated, recorded as PENDING. */
    public ExtensionRequest request(RequestExtension in, String actor, String processInstanceId) {
        validator.check(in);
        Directive d = directives.find(in.directiveId()).orElseThrow(() -> new ValidationException("directiveId",
                "reason.extension.noSuchDirective", in.directiveId(), choices(actor)));
        if (!d.status().isOpen()) {
            throw new ValidationException("directiveId", "reason.extension.closed", d.id(), choices(actor));
        }
        if (d.leadDivision() == null) {
            throw new ValidationException("directiveId", "reason.extension.notAssigned", d.id());
        }
        if (actor == null || !leads(actor, d.leadDivision())) {
            throw new ValidationException("directiveId", "reason.extension.onlyLead",
                    organisation.divisionName(d.leadDivision()), d.id(), choices(actor));
        }
        requests.pending(d.id()).ifPresent(p -> {
            throw new ValidationException("directiveId", "reason.extension.pending", d.id(), p.id());
        });
        if (in.reason() == null) {
            throw new ValidationException("reason", "reason.mustState");
        }
        if (in.reason().length() > 4000) {
            throw new ValidationException("reason", "reason.maxLength", 4000);
        }
        newDeadline("proposedDeadline", in.proposedDeadline(), d);
        ExtensionRequest r = new ExtensionRequest(requests.nextId(), d.id(), d.leadDivision(), actor, AppClock.now(),
                in.reason(), in.attachmentRef(), d.deadline(), in.proposedDeadline(), null, null, null, null, null,
                null, null, null, ExtensionStatus.PENDING, null, processInstanceId);
        requests.insert(r);
        records.appendEvent(d.id(), actor, DirectiveAction.EXTENSION_REQUESTED, null, null, null,
                trail("trail.extension.requested", r.id(), date(d.deadline()), date(in.proposedDeadline()),
                        in.reason(), in.attachmentRef() == null ? "" : trail("trail.extension.attached",
                                in.attachmentRef())));
        return r;
    }

    /** The Office's opinion for the Director. */
    public void officeReview(String id, String actor, String opinion, String recommendation) {
        ExtensionRequest r = pending(id);
        String text = Text.field("officeOpinion", opinion, 4000);
        if (text == null) {
            throw new ValidationException("officeOpinion", "reason.required");
        }
        OfficeRecommendation choice = OfficeRecommendation.parse(recommendation).orElseThrow(() ->
                new ValidationException("officeSupports", "reason.supportOrNot"));
        boolean supports = choice == OfficeRecommendation.SUPPORT;
        requests.officeReviewed(id, text, supports);
        records.appendEvent(r.directiveId(), actor, DirectiveAction.EXTENSION_REVIEWED, null, null, null,
                trail(supports ? "trail.extension.officeSupports" : "trail.extension.officeDoesNotSupport", id, text));
    }

    /** The Director approves (the proposed date or another) or rejects; returns the approved date, or null. */
    public LocalDate directorDecision(String id, String actor, String decision, LocalDate otherDate, String comment) {
        ExtensionRequest r = pending(id);
        Directive d = directives.get(r.directiveId());
        String note = Text.field("comment", comment, 4000);
        ExtensionDecision choice = ExtensionDecision.parse(decision).orElseThrow(() ->
                new ValidationException("decision", "reason.extension.decide"));
        LocalDate approved = switch (choice) {
            case APPROVE -> r.proposedDeadline();
            case APPROVE_OTHER_DATE -> newDeadline("otherDeadline", otherDate, d);
            case REJECT -> {
                if (note == null) {
                    throw new ValidationException("comment", "reason.extension.rejectWhy")
                            .labelled("field.directorComment");
                }
                yield null;
            }
        };
        requests.directorDecided(id, choice.name(), note, approved);
        records.appendEvent(r.directiveId(), actor, DirectiveAction.EXTENSION_DECIDED, null, null, null,
                trail("trail.extension.decided", id, approved == null ? trail("trail.extension.notApproved")
                        : trail("trail.extension.approvedUntil", date(approved)), note == null ? "" : ". " + note));
        return approved;
    }

    /** For directives of the province: the Office records the province's answer; returns the granted date or null. */
    public LocalDate provinceAnswer(String id, String actor, String answer, LocalDate grantedDate, String doc,
                                    String note) {
        ExtensionRequest r = pending(id);
        Directive d = directives.get(r.directiveId());
        String document = Text.line("provinceDoc", doc, 255);
        if (document == null) {
            throw new ValidationException("provinceDoc", "reason.documentRequired");
        }
        ProvinceAnswer choice = ProvinceAnswer.parse(answer).orElseThrow(() ->
                new ValidationException("provinceAnswer", "reason.supportOrNotExtension"));
        LocalDate granted = choice == ProvinceAnswer.GRANTED
                ? newDeadline("grantedDeadline", grantedDate, d) : null;
        requests.provinceAnswered(id, granted != null, document, granted);
        String extra = Text.field("note", note, 2000);
        records.appendEvent(r.directiveId(), actor, DirectiveAction.EXTENSION_PROVINCE_ANSWERED, null, null, null,
                trail("trail.extension.province", id, granted == null ? trail("trail.extension.provinceRefused")
                        : trail("trail.extension.provinceGranted", date(granted)), document,
                        extra == null ? "" : ". " + extra));
        return granted;
    }

    /**
     * Final approval: the deadline moves (the province's date if it answered, else the Director's).
     *
     * @return the new deadline; null when the directive was closed meanwhile (the request is cancelled)
     */
    public LocalDate grant(String id) {
        ExtensionRequest r = pending(id);
        LocalDate newDeadline = r.grantedDeadline() != null ? r.grantedDeadline() : r.directorDeadline();
        Directive d = directives.get(r.directiveId());
        if (!d.status().isOpen()) {
            requests.close(id, ExtensionStatus.CANCELLED, null);
            return null;
        }
        directives.extendDeadline(d.id(), null, newDeadline, id + ", " + r.reason());
        deadlines.extended(d.id(), d.deadline());
        requests.close(id, ExtensionStatus.GRANTED, newDeadline);
        return newDeadline;
    }

    /** Not granted: the deadline stays; the request stays in history. */
    public void refuse(String id, boolean byProvince) {
        ExtensionRequest r = pending(id);
        ExtensionStatus status = byProvince ? ExtensionStatus.PROVINCE_REFUSED : ExtensionStatus.REJECTED;
        requests.close(id, status, null);
        records.appendEvent(r.directiveId(), null, DirectiveAction.EXTENSION_REFUSED, null, null, null,
                trail("trail.extension.refused", id, status.label(), date(r.currentDeadline())));
    }

    private boolean leads(String user, String division) {
        return organisation.isMember(user, organisation.divisionGroup(division))
                || organisation.isMember(user, organisation.headGroup(division));
    }

    /**
     * The directives this person may ask to extend, to name in a refusal: Tasklist gives a start form no
     * server data, so the form cannot offer them as a list.
     */
    private String choices(String actor) {
        if (actor == null) {
            return "";
        }
        List<String> ids = organisation.divisions().stream().filter(div -> leads(actor, div.code()))
                .flatMap(div -> records.openIds(div.code(), 200).stream()).sorted().toList();
        return ids.isEmpty() ? trail("trail.extension.noOpenDirectives")
                : trail("trail.extension.openDirectives", String.join(", ", ids));
    }

    private ExtensionRequest pending(String id) {
        ExtensionRequest r = get(id);
        if (r.status() != ExtensionStatus.PENDING) {
            throw new ValidationException("extensionId", "reason.extension.handled", r.status().label())
                    .labelled("label.extension", id);
        }
        return r;
    }

    /** A new deadline must be a working day after the current deadline. */
    private LocalDate newDeadline(String field, LocalDate value, Directive d) {
        LocalDate current = d.deadline();
        if (value == null) {
            throw new ValidationException(field, "reason.required");
        }
        if (!value.isAfter(current)) {
            throw new ValidationException(field, "reason.afterCurrentDeadline", date(current));
        }
        if (value.isAfter(vn.sct.tracker.directive.DeadlineRules.latestDeadline(d.sourceDocDate()))) {
            throw new ValidationException(field, "reason.deadlineTooFar", vn.sct.tracker.directive.DeadlineRules.MAX_YEARS_TO_DEADLINE,
                    date(d.sourceDocDate()));
        }
        if (!calendar.isWorkingDay(value)) {
            throw new ValidationException(field, "reason.dayOff", date(value));
        }
        return value;
    }

    private static String trail(String key, Object... args) {
        return Messages.get(Messages.VIETNAMESE, key, args);
    }

    private static String date(LocalDate d) {
        return VietnameseFormat.date(d);
    }
}
