package vn.sct.tracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.deadline.DeadlineRecord;
import vn.sct.tracker.deadline.DeadlineRepository;
import vn.sct.tracker.deadline.ReportState;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveRepository;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.directive.DirectiveStatus;

/** Read access to directive records and their event trails (HTTP Basic, see README). */
@RestController
@RequestMapping("/api/directives")
@Tag(name = "Nhiệm vụ", description = "Hồ sơ nhiệm vụ, ý kiến chỉ đạo và lịch sử xử lý")
@SecurityRequirement(name = "basic")
public class DirectiveController {

    private final DirectiveService directives;
    private final DirectiveRepository repository;
    private final DirectiveAccess access;
    private final DirectiveReader reader;
    private final DeadlineRepository deadlineRecords;

    public DirectiveController(DirectiveService directives, DirectiveRepository repository, DirectiveAccess access,
                               DirectiveReader reader, DeadlineRepository deadlineRecords) {
        this.directives = directives;
        this.repository = repository;
        this.access = access;
        this.reader = reader;
        this.deadlineRecords = deadlineRecords;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một nhiệm vụ với toàn bộ lịch sử xử lý (ai, lúc nào, làm gì, ý kiến)")
    public DirectiveView get(@PathVariable String id, Authentication caller) {
        return reader.view(reader.readable(id, caller), directives.events(id));
    }

    @GetMapping
    @Operation(summary = "Danh sách nhiệm vụ mà người gọi được xem, mới nhất trước")
    public List<DirectiveView> list(
            @Parameter(description = "Trạng thái, ví dụ IN_PROGRESS") @RequestParam(required = false) String status,
            @Parameter(description = "Mã phòng chủ trì, ví dụ QLCN") @RequestParam(required = false) String division,
            @Parameter(description = "Trạng thái báo cáo: DONE_ON_TIME, DONE_LATE, OPEN_WITHIN_DEADLINE, OPEN_OVERDUE")
            @RequestParam(required = false) String reportState,
            @Parameter(description = "Tối đa (1-500)") @RequestParam(defaultValue = "100") int limit,
            Authentication caller) {
        DirectiveStatus s = enumParam(DirectiveStatus.class, status, "status");
        ReportState wanted = enumParam(ReportState.class, reportState, "reportState");
        if (limit < 1 || limit > 500) {
            throw new ValidationException("limit", "reason.range", 1, 500);
        }
        List<Directive> readable = repository.find(s, division, 5000).stream().filter(d -> access.canRead(caller, d))
                .toList();
        Instant now = AppClock.instant();
        List<DirectiveView> views = new ArrayList<>();
        // Deadline rows are read in pages of 500 (one query each), not one query per directive.
        for (int i = 0; i < readable.size() && views.size() < limit; i += 500) {
            List<Directive> page = readable.subList(i, Math.min(readable.size(), i + 500));
            var records = deadlineRecords.findAll(page.stream().map(Directive::id).toList());
            for (Directive d : page) {
                Optional<DeadlineRecord> record = Optional.ofNullable(records.get(d.id()));
                DirectiveView v = reader.listed(d, record, now);
                if ((wanted == null || wanted.name().equals(v.reportState())) && views.size() < limit) {
                    views.add(v);
                }
            }
        }
        return views;
    }

    /** An optional enum query parameter; an unknown value is refused with the field named. */
    private static <E extends Enum<E>> E enumParam(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "reason.invalidValue", value);
        }
    }
}
