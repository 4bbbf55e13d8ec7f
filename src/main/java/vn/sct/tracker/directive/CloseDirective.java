package vn.sct.tracker.directive;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.common.PlainText;

/** The result the Office closes a directive with: the result document, or a completion report. */
public record CloseDirective(
        @PlainText(singleLine = true) @Size(max = 100, message = "reason.maxLength") String resultDocNumber,
        LocalDate resultDocDate,
        @PlainText @Size(max = 4000, message = "reason.maxLength") String completionReport) {

    public CloseDirective {
        resultDocNumber = Text.clean(resultDocNumber);
        completionReport = Text.clean(completionReport);
    }
}
