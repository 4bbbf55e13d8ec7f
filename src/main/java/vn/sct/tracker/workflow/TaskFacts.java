package vn.sct.tracker.workflow;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.AppClock;
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
class TaskFacts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DirectiveService directives;
    private final OrganisationService organisation;

    TaskFacts(DirectiveService directives, OrganisationService organisation) {
        this.directives = directives;
        this.organisation = organisation;
    }

    Map<String, Object> of(Directive d) {
        List<DirectiveEvent> events = directives.events(d.id());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("directiveId", d.id());
        facts.put("sourceDocument", "Văn bản số %s ngày %s của %s".formatted(d.sourceDocNumber(),
                DirectiveService.VN_DATE.format(d.sourceDocDate()), d.sourceIssuer()));
        facts.put("sourceTypeName", d.sourceType().label());
        facts.put("sourceSummary", d.sourceSummary());
        facts.put("content", d.content() == null ? "" : d.content());
        facts.put("deadlineText", DirectiveService.VN_DATE.format(d.deadline()));
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
        String when = WHEN.format(e.occurredAt().atZoneSameInstant(AppClock.ZONE));
        String who = e.actor() == null ? "Hệ thống" : organisation.displayName(e.actor());
        String what = e.action().label() + (e.comment() == null ? "" : ": " + e.comment());
        return when + " · " + who + " · " + what;
    }
}
