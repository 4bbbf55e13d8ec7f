package vn.sct.tracker.directive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.common.PlainText;

/** What the Office enters when it registers a directive (the start form). */
public record RegisterDirective(
        @NotNull(message = "reason.chooseSourceType") SourceType sourceType,
        @NotBlank(message = "reason.required") @PlainText(singleLine = true) @Size(max = 100, message = "reason.maxLength") String sourceDocNumber,
        @NotNull(message = "reason.requiredDate") @PastOrPresent(message = "reason.notAfterToday")
        LocalDate sourceDocDate,
        @NotBlank(message = "reason.required") @PlainText(singleLine = true) @Size(max = 255, message = "reason.maxLength") String sourceIssuer,
        @NotBlank(message = "reason.required") @PlainText @Size(max = 2000, message = "reason.maxLength") String sourceSummary,
        @PlainText @Size(max = 8000, message = "reason.maxLength") String content,
        @NotNull(message = "reason.requiredDate") LocalDate deadline) {

    public RegisterDirective {
        sourceDocNumber = Text.clean(sourceDocNumber);
        sourceIssuer = Text.clean(sourceIssuer);
        sourceSummary = Text.clean(sourceSummary);
        content = Text.clean(content);
    }
}
