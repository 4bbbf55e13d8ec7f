package vn.sct.tracker.deadline;

import java.time.Instant;
import java.time.LocalDate;

/** The deadline tracking of one directive (table {@code directive_deadline}). */
public record DeadlineRecord(
        String directiveId,
        LocalDate effectiveDeadline,
        Instant overdueAt,
        Instant reminderAt,
        DeadlinePolicy policy,
        Instant remindedAt,
        Instant overdueSince,
        int chaseCount,
        Instant lastChasedAt,
        Instant directorNotifiedAt,
        int reviewEscalations,
        int extensionCount,
        LocalDate originalDeadline) {
}
