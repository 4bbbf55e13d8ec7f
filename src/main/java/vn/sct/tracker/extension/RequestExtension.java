package vn.sct.tracker.extension;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.common.PlainText;

/** A lead division's extension request: which directive, until when, why, with which document. */
public record RequestExtension(
        @NotBlank(message = "reason.choose") String directiveId,
        @PlainText String reason,
        LocalDate proposedDeadline,
        @PlainText(singleLine = true) @Size(max = 500, message = "reason.maxLength") String attachmentRef) {

    public RequestExtension {
        directiveId = Text.clean(directiveId);
        reason = Text.clean(reason);
        attachmentRef = Text.clean(attachmentRef);
    }
}
