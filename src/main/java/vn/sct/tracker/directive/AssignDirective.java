package vn.sct.tracker.directive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.common.PlainText;

/**
 * The Director's assignment: lead division, coordinating divisions, deputy in charge (empty: the lead
 * division's deputy), deadline, and a note.
 */
public record AssignDirective(
        @NotBlank(message = "reason.choose") String leadDivision,
        List<String> coordinatingDivisions,
        String deputyInCharge,
        @NotNull(message = "reason.requiredDate") LocalDate deadline,
        @PlainText @Size(max = 2000, message = "reason.maxLength") String assignNote) {

    public AssignDirective {
        leadDivision = Text.clean(leadDivision);
        coordinatingDivisions = coordinatingDivisions == null ? List.of() : List.copyOf(coordinatingDivisions);
        deputyInCharge = Text.clean(deputyInCharge);
        assignNote = Text.clean(assignNote);
    }
}
