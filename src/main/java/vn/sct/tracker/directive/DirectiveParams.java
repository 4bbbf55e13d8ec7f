package vn.sct.tracker.directive;

import java.sql.Types;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Named SQL parameters of the mutable columns of a {@link Directive}. */
class DirectiveParams extends MapSqlParameterSource {

    DirectiveParams(Directive d) {
        addValue("id", d.id());
        addValue("sourceType", d.sourceType().name());
        addValue("sourceDocNumber", d.sourceDocNumber());
        addValue("sourceDocDate", d.sourceDocDate(), Types.DATE);
        addValue("sourceIssuer", d.sourceIssuer());
        addValue("sourceSummary", d.sourceSummary());
        addValue("content", d.content());
        addValue("leadDivision", d.leadDivision());
        addValue("coordinating", String.join(",", d.coordinatingDivisions()));
        addValue("deputy", d.deputyInCharge());
        addValue("assignee", d.assignee());
        addValue("deadline", d.deadline(), Types.DATE);
        addValue("status", d.status().name());
        addValue("currentStep", d.currentStep());
        addValue("currentStepName", d.currentStepName());
        addValue("currentActor", d.currentActor());
        addValue("draftSummary", d.draftSummary());
        addValue("draftReference", d.draftReference());
        addValue("resultDocNumber", d.resultDocNumber());
        addValue("resultDocDate", d.resultDocDate(), Types.DATE);
        addValue("completionReport", d.completionReport());
        addValue("closedAt", d.closedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        addValue("processInstanceId", d.processInstanceId());
        addValue("createdBy", d.createdBy());
        addValue("createdAt", d.createdAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        addValue("updatedAt", d.updatedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        addValue("version", d.version());
    }

    DirectiveParams withUpdatedAt(OffsetDateTime now) {
        addValue("updatedAt", now, Types.TIMESTAMP_WITH_TIMEZONE);
        return this;
    }
}
