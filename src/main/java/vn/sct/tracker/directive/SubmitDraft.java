package vn.sct.tracker.directive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.common.PlainText;

/** The specialist's draft: what it says, where the file is, a note for the reviewer. */
public record SubmitDraft(
        @NotBlank(message = "reason.required") @PlainText @Size(max = 4000, message = "reason.maxLength") String draftSummary,
        @PlainText(singleLine = true) @Size(max = 500, message = "reason.maxLength") String draftReference,
        @PlainText @Size(max = 2000, message = "reason.maxLength") String note) {

    public SubmitDraft {
        draftSummary = Text.clean(draftSummary);
        draftReference = Text.clean(draftReference);
        note = Text.clean(note);
    }
}
