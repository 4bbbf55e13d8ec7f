package vn.sct.tracker.process.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveAction;
import vn.sct.tracker.directive.DirectiveEvent;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The key facts of a directive, as the task forms show them to the person deciding: source document,
 * summary, deadline, who does what, the history of earlier steps with their comments.
 */
@Component
public class TaskFacts {

    private final DirectiveService directives;
    private final OrganisationService organisation;

    public TaskFacts(DirectiveService directives, OrganisationService organisation) {
        this.directives = directives;
        this.organisation = organisation;
    }

    public Map<String, Object> of(Directive d) {
        List<DirectiveEvent> events = directives.events(d.id());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("directiveId", d.id());
        facts.put("sourceDocument", Messages.get(Messages.VIETNAMESE, "form.sourceDocument", d.sourceDocNumber(),
                VietnameseFormat.date(d.sourceDocDate()), d.sourceIssuer()));
        facts.put("sourceTypeName", d.sourceType().label());
        facts.put("sourceSummary", d.sourceSummary());
        facts.put("content", d.content() == null ? "" : d.content());
        facts.put("deadlineText", VietnameseFormat.date(d.deadline()));
        facts.put("leadDivisionName", d.leadDivision() == null ? "" : organisation.divisionName(d.leadDivision()));
        facts.put("coordinatingDivisionNames", d.coordinatingDivisions().stream().map(organisation::divisionName)
                .collect(Collectors.joining(", ")));
        facts.put("deputyInChargeName", organisation.displayName(d.deputyInCharge()));
        facts.put("specialistName", organisation.displayName(d.assignee()));
        facts.put("statusName", d.status().label());
        facts.put("draftSummary", d.draftSummary() == null ? "" : d.draftSummary());
        facts.put("draftReference", d.draftReference() == null ? "" : d.draftReference());
        facts.put("history", events.stream().map(this::line).collect(Collectors.joining("\n")));
        facts.put("opinions", events.stream().filter(e -> e.action() == DirectiveAction.OPINION_GIVEN)
                .map(e -> e.comment() + " (" + organisation.displayName(e.actor()) + ")")
                .collect(Collectors.joining("\n")));
        return facts;
    }

    private String line(DirectiveEvent e) {
        String when = VietnameseFormat.dateAndTime(e.occurredAt());
        String who = e.actor() == null ? Messages.get(Messages.VIETNAMESE, "form.system")
                : organisation.displayName(e.actor());
        String what = e.action().label() + (e.comment() == null ? "" : ": " + e.comment());
        return when + " · " + who + " · " + what;
    }
}
