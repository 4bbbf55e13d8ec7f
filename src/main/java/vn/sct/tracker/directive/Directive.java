package vn.sct.tracker.directive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The record of one directive (nhiệm vụ, ý kiến chỉ đạo): what was assigned, to whom, by when, where
 * it stands and how it ended. Immutable; changes go through {@link DirectiveService}.
 */
public record Directive(
        String id,
        SourceType sourceType,
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
        DirectiveStatus status,
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
        int version) {

    public Directive {
        coordinatingDivisions = coordinatingDivisions == null ? List.of() : List.copyOf(coordinatingDivisions);
    }

    /** A copy with another status and step data; the caller persists it. */
    public Directive withStep(DirectiveStatus newStatus, String step, String stepName, String actor) {
        return new Directive(id, sourceType, sourceDocNumber, sourceDocDate, sourceIssuer, sourceSummary, content,
                leadDivision, coordinatingDivisions, deputyInCharge, assignee, deadline, newStatus, step, stepName,
                actor, draftSummary, draftReference, resultDocNumber, resultDocDate, completionReport, closedAt,
                processInstanceId, createdBy, createdAt, updatedAt, version);
    }

    public Directive withStatus(DirectiveStatus newStatus) {
        return withStep(newStatus, currentStep, currentStepName, currentActor);
    }

    public Directive withAssignment(String lead, List<String> coordinating, String deputy, LocalDate newDeadline) {
        return new Directive(id, sourceType, sourceDocNumber, sourceDocDate, sourceIssuer, sourceSummary, content,
                lead, coordinating, deputy, assignee, newDeadline, status, currentStep, currentStepName,
                currentActor, draftSummary, draftReference, resultDocNumber, resultDocDate, completionReport, closedAt,
                processInstanceId, createdBy, createdAt, updatedAt, version);
    }

    public Directive withAssignee(String newAssignee) {
        return new Directive(id, sourceType, sourceDocNumber, sourceDocDate, sourceIssuer, sourceSummary, content,
                leadDivision, coordinatingDivisions, deputyInCharge, newAssignee, deadline, status, currentStep,
                currentStepName, currentActor, draftSummary, draftReference, resultDocNumber, resultDocDate,
                completionReport, closedAt, processInstanceId, createdBy, createdAt, updatedAt, version);
    }

    public Directive withDraft(String summary, String reference) {
        return new Directive(id, sourceType, sourceDocNumber, sourceDocDate, sourceIssuer, sourceSummary, content,
                leadDivision, coordinatingDivisions, deputyInCharge, assignee, deadline, status, currentStep,
                currentStepName, currentActor, summary, reference, resultDocNumber, resultDocDate,
                completionReport, closedAt, processInstanceId, createdBy, createdAt, updatedAt, version);
    }

    public Directive withResult(String docNumber, LocalDate docDate, String report, OffsetDateTime closed) {
        return new Directive(id, sourceType, sourceDocNumber, sourceDocDate, sourceIssuer, sourceSummary, content,
                leadDivision, coordinatingDivisions, deputyInCharge, assignee, deadline, DirectiveStatus.CLOSED,
                null, null, null, draftSummary, draftReference, docNumber, docDate, report, closed,
                processInstanceId, createdBy, createdAt, updatedAt, version);
    }
}
