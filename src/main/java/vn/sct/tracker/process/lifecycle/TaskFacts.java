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
import vn.sct.tracker.deadline.ReportStates;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.process.TaskForms;

/**
 * The key facts of a directive, as the task forms show them to the person deciding: source document,
 * summary, deadline, who does what, the history of earlier steps with their comments.
 */
@Component
public class TaskFacts {


    private final DirectiveService directives;
    private final OrganisationService organisation;

    private final ReportStates states;

    public TaskFacts(DirectiveService directives, OrganisationService organisation, ReportStates states) {
        this.directives = directives;
        this.organisation = organisation;
        this.states = states;
    }

    public Map<String, Object> of(Directive d) {
        List<DirectiveEvent> events = directives.events(d.id());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(TaskForms.DIRECTIVE_FACTS, factsText(d));
        facts.put(TaskForms.CONTENT, d.content() == null ? "" : d.content());
        facts.put("draftSummary", d.draftSummary() == null ? "" : d.draftSummary());
        facts.put("draftReference", d.draftReference() == null ? "" : d.draftReference());
        facts.put(TaskForms.HISTORY, events.stream().map(this::line).collect(Collectors.joining("\n")));
        facts.put(TaskForms.OPINIONS, events.stream().filter(e -> e.action() == DirectiveAction.OPINION_GIVEN)
                .map(e -> e.comment() + " (" + organisation.displayName(e.actor()) + ")")
                .collect(Collectors.joining("\n")));
        return facts;
    }

    /**
     * The directive at a glance, one Markdown line per fact that has a value (the forms show it as is): one
     * variable on the task instead of one per fact.
     */
    String factsText(Directive d) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("directiveId", d.id());
        lines.put("sourceTypeName", d.sourceType().label());
        lines.put("sourceDocument", Messages.get(Messages.VIETNAMESE, "form.sourceDocument", d.sourceDocNumber(),
                VietnameseFormat.date(d.sourceDocDate()), d.sourceIssuer()));
        lines.put("sourceSummary", d.sourceSummary());
        lines.put("deadlineText", VietnameseFormat.date(d.deadline())
                + states.dayOffNotice(d.deadline()).map(n -> " — " + n).orElse(""));
        lines.put("leadDivisionName", d.leadDivision() == null ? "" : organisation.divisionName(d.leadDivision()));
        lines.put("coordinatingDivisionNames", d.coordinatingDivisions().stream().map(organisation::divisionName)
                .collect(Collectors.joining(", ")));
        lines.put("deputyInChargeName", organisation.displayName(d.deputyInCharge()));
        lines.put("specialistName", organisation.displayName(d.assignee()));
        lines.put("statusName", d.status().label());
        return lines.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> Messages.get(Messages.VIETNAMESE, "form.fact." + e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private String line(DirectiveEvent e) {
        String when = VietnameseFormat.dateAndTime(e.occurredAt());
        String who = e.actor() == null ? Messages.get(Messages.VIETNAMESE, "form.system")
                : organisation.displayName(e.actor());
        String what = e.action().label() + (e.comment() == null ? "" : ": " + e.comment());
        return when + " · " + who + " · " + what;
    }
}
