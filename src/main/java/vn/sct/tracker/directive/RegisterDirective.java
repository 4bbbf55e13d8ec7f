package vn.sct.tracker.directive;

import java.time.LocalDate;

/** What the Office enters when it registers a directive (the start form). */
public record RegisterDirective(
        String sourceType,
        String sourceDocNumber,
        LocalDate sourceDocDate,
        String sourceIssuer,
        String sourceSummary,
        String content,
        LocalDate deadline) {
}
