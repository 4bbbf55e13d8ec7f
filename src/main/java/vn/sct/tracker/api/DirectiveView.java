package vn.sct.tracker.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.time.Instant;
import java.util.Optional;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.deadline.DeadlineRecord;
import vn.sct.tracker.deadline.DeadlineState;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveEvent;
import vn.sct.tracker.process.OpenTasks;

/** A directive's record with its whole event trail, as the API returns it. */
@Schema(description = "Hồ sơ một nhiệm vụ và toàn bộ lịch sử xử lý")
public record DirectiveView(
        String id,
        String sourceType,
        String sourceTypeName,
        String sourceDocNumber,
        LocalDate sourceDocDate,
        String sourceIssuer,
        String sourceSummary,
        String content,
        String leadDivision,
        List<String> coordinatingDivisions,
        String deputyInCharge,
        String assignee,
        LocalDate deadline,
        String status,
        String statusName,
        String currentStep,
        String currentStepName,
        String currentActor,
        String draftSummary,
        String draftReference,
        String resultDocNumber,
        LocalDate resultDocDate,
        String completionReport,
        OffsetDateTime closedAt,
        String processInstanceId,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        int version,
        @Schema(description = "Trạng thái báo cáo: DONE_ON_TIME, DONE_LATE, OPEN_WITHIN_DEADLINE, OPEN_OVERDUE")
        String reportState,
        String reportStateName,
        @Schema(description = "Đang trong hạn và đã đến mốc nhắc hạn")
        boolean dueSoon,
        @Schema(description = "GREEN (trong hạn, đúng hạn), ORANGE (sắp đến hạn), RED (quá hạn)")
        String colour,
        @Schema(description = "Ngày phải hoàn thành: thời hạn, hoặc ngày làm việc tiếp theo nếu thời hạn là ngày nghỉ")
        LocalDate effectiveDeadline,
        @Schema(description = "Khi thời hạn là ngày nghỉ: hạn thực tế và lý do; trống khi thời hạn là ngày làm việc")
        String deadlineNote,
        @Schema(description = "Thời điểm bắt đầu quá hạn: hết ngày của thời hạn")
        OffsetDateTime overdueAt,
        @Schema(description = "Số ngày làm việc quá hạn (đến khi hoàn thành hoặc đến nay)")
        int workingDaysLate,
        OffsetDateTime remindedAt,
        @Schema(description = "Được ghi nhận quá hạn từ thời điểm này; trống nếu chưa quá hạn")
        OffsetDateTime overdueSince,
        @Schema(description = "Số lần Văn phòng đôn đốc")
        int chaseCount,
        OffsetDateTime directorNotifiedAt,
        @Schema(description = "Số lần một bước xem xét quá thời hạn")
        int reviewEscalations,
        @Schema(description = "Số lần được gia hạn")
        int extensionCount,
        @Schema(description = "Thời hạn ban đầu, nếu đã được gia hạn")
        LocalDate originalDeadline,
        @Schema(description = "Lịch sử xử lý (chỉ khi xem một nhiệm vụ)")
        List<EventView> events,
        @Schema(description = "Các bước đang chờ xử lý: ai giữ hoặc nhóm nào được nhận (chỉ khi xem một nhiệm vụ)")
        List<OpenTasks.OpenTask> openTasks) {

    @Schema(description = "Một dòng lịch sử: ai, lúc nào, làm gì, từ trạng thái nào sang trạng thái nào")
    public record EventView(long id, OffsetDateTime occurredAt, String actor, String action, String actionName,
                            String step, String fromStatus, String toStatus, String comment) {

        static EventView of(DirectiveEvent e) {
            return new EventView(e.id(), e.occurredAt(), e.actor(), e.action().name(), e.action().label(), e.step(),
                    e.fromStatus() == null ? null : e.fromStatus().name(),
                    e.toStatus() == null ? null : e.toStatus().name(), e.comment());
        }
    }

    static DirectiveView of(Directive d, DeadlineState state, String deadlineNote, Optional<DeadlineRecord> record,
                            List<DirectiveEvent> events, List<OpenTasks.OpenTask> openTasks) {
        return new DirectiveView(d.id(), d.sourceType().name(), d.sourceType().label(), d.sourceDocNumber(),
                d.sourceDocDate(), d.sourceIssuer(), d.sourceSummary(), d.content(), d.leadDivision(),
                d.coordinatingDivisions(), d.deputyInCharge(), d.assignee(), d.deadline(), d.status().name(),
                d.status().label(), d.currentStep(), d.currentStepName(), d.currentActor(), d.draftSummary(),
                d.draftReference(), d.resultDocNumber(), d.resultDocDate(), d.completionReport(), d.closedAt(),
                d.processInstanceId(), d.createdBy(), d.createdAt(), d.updatedAt(), d.version(),
                state.reportState().name(), state.reportState().label(), state.dueSoon(), state.colour().name(),
                state.effectiveDeadline(), deadlineNote, at(state.overdueAt()), state.workingDaysLate(),
                record.map(r -> at(r.remindedAt())).orElse(null), record.map(r -> at(r.overdueSince())).orElse(null),
                record.map(DeadlineRecord::chaseCount).orElse(0),
                record.map(r -> at(r.directorNotifiedAt())).orElse(null),
                record.map(DeadlineRecord::reviewEscalations).orElse(0),
                record.map(DeadlineRecord::extensionCount).orElse(0),
                record.map(DeadlineRecord::originalDeadline).orElse(null),
                events == null ? null : events.stream().map(EventView::of).toList(), openTasks);
    }

    private static OffsetDateTime at(Instant i) {
        return i == null ? null : i.atZone(AppClock.ZONE).toOffsetDateTime();
    }
}
