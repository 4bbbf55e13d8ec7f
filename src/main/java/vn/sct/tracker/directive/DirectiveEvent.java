package vn.sct.tracker.directive;

import java.time.OffsetDateTime;

/** One line of a directive's append-only trail: who did what, when, from which state to which. */
public record DirectiveEvent(
        long id,
        String directiveId,
        OffsetDateTime occurredAt,
        String actor,
        DirectiveAction action,
        String step,
        DirectiveStatus fromStatus,
        DirectiveStatus toStatus,
        String comment) {
}
