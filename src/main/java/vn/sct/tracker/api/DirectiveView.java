package vn.sct.tracker.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveEvent;

/** A directive's record with its whole event trail, as the API returns it. */
@Schema(description = "Hồ sơ một nhiệm vụ và toàn bộ lịch sử xử lý")
public record DirectiveView(
        String id,
        String sourceType,
        String sourceTypeName,
        String sourceDocNumber,
        LocalDate sourceDocDate,
        String sourceIssuer,
        String sourceSummary,
        String content,
        String leadDivision,
        List<String> coordinatingDivisions,
        String deputyInCharge,
        String assignee,
        LocalDate deadline,
        String status,
        String statusName,
        String currentStep,
        String currentStepName,
        String currentActor,
        String draftSummary,
        String draftReference,
        String resultDocNumber,
        LocalDate resultDocDate,
        String completionReport,
        OffsetDateTime closedAt,
        String processInstanceId,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        int version,
        List<EventView> events) {

    @Schema(description = "Một dòng lịch sử: ai, lúc nào, làm gì, từ trạng thái nào sang trạng thái nào")
    public record EventView(long id, OffsetDateTime occurredAt, String actor, String action, String actionName,
                            String step, String fromStatus, String toStatus, String comment) {

        static EventView of(DirectiveEvent e) {
            return new EventView(e.id(), e.occurredAt(), e.actor(), e.action().name(), e.action().label(), e.step(),
                    e.fromStatus() == null ? null : e.fromStatus().name(),
                    e.toStatus() == null ? null : e.toStatus().name(), e.comment());
        }
    }

    static DirectiveView of(Directive d, List<DirectiveEvent> events) {
        return new DirectiveView(d.id(), d.sourceType().name(), d.sourceType().label(), d.sourceDocNumber(),
                d.sourceDocDate(), d.sourceIssuer(), d.sourceSummary(), d.content(), d.leadDivision(),
                d.coordinatingDivisions(), d.deputyInCharge(), d.assignee(), d.deadline(), d.status().name(),
                d.status().label(), d.currentStep(), d.currentStepName(), d.currentActor(), d.draftSummary(),
                d.draftReference(), d.resultDocNumber(), d.resultDocDate(), d.completionReport(), d.closedAt(),
                d.processInstanceId(), d.createdBy(), d.createdAt(), d.updatedAt(), d.version(),
                events == null ? null : events.stream().map(EventView::of).toList());
    }
}
