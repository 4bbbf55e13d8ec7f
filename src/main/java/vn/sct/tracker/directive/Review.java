package vn.sct.tracker.directive;

import jakarta.validation.constraints.Size;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.common.PlainText;

/** A review's decision and comment, as the form sent them (the decision still as text). */
public record Review(String decision, @PlainText @Size(max = 4000, message = "reason.maxLength") String comment) {

    public Review {
        decision = Text.clean(decision);
        comment = Text.clean(comment);
    }
}
