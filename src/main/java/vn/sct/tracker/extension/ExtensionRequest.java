package vn.sct.tracker.extension;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One extension request (table {@code directive_extension}). */
public record ExtensionRequest(
        String id,
        String directiveId,
        String leadDivision,
        String requestedBy,
        OffsetDateTime requestedAt,
        String reason,
        String attachmentRef,
        LocalDate currentDeadline,
        LocalDate proposedDeadline,
        String officeOpinion,
        Boolean officeSupports,
        String directorDecision,
        String directorComment,
        LocalDate directorDeadline,
        Boolean provinceGranted,
        String provinceDoc,
        LocalDate grantedDeadline,
        ExtensionStatus status,
        OffsetDateTime closedAt,
        String processInstanceId) {
}
