package vn.sct.tracker.process.extension;

import org.springframework.stereotype.Component;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.deadline.DeadlineState;
import vn.sct.tracker.deadline.CurrentStates;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.extension.ExtensionRequest;
import vn.sct.tracker.organisation.OrganisationService;

/** What the extension forms show: the request, the directive, its deadline and state, the opinions so far. */
@Component
class ExtensionFacts {

    private final DirectiveService directives;
    private final CurrentStates states;
    private final OrganisationService organisation;

    ExtensionFacts(DirectiveService directives, CurrentStates states, OrganisationService organisation) {
        this.directives = directives;
        this.states = states;
        this.organisation = organisation;
    }

    String of(ExtensionRequest r) {
        Directive d = directives.get(r.directiveId());
        DeadlineState state = states.of(d);
        String office = r.officeOpinion() == null ? "" : text("form.extension.office",
                text(Boolean.TRUE.equals(r.officeSupports()) ? "form.extension.officeFor" : "form.extension.officeAgainst"),
                r.officeOpinion());
        String director = r.directorDecision() == null ? "" : text("form.extension.director",
                r.directorDeadline() == null ? text("form.extension.directorRejected")
                        : text("form.extension.directorUntil", VietnameseFormat.date(r.directorDeadline())),
                r.directorComment() == null ? "" : ". " + r.directorComment());
        return text("form.extension.facts", r.id(), organisation.displayName(r.requestedBy()),
                organisation.divisionName(r.leadDivision()), VietnameseFormat.date(r.requestedAt().toLocalDate()),
                d.id(), d.sourceSummary(), d.sourceDocNumber(), VietnameseFormat.date(d.sourceDocDate()),
                d.sourceIssuer(), d.sourceType().label(), VietnameseFormat.date(d.deadline()),
                state.reportState().label(), state.workingDaysLate() > 0
                        ? text("form.extension.daysLate", state.workingDaysLate()) : "",
                VietnameseFormat.date(r.proposedDeadline()), r.reason(),
                r.attachmentRef() == null ? "" : text("form.extension.attached", r.attachmentRef()), office, director);
    }

    private static String text(String key, Object... args) {
        return Messages.get(Messages.VIETNAMESE, key, args);
    }
}
