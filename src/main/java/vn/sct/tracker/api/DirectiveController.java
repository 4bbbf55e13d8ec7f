package vn.sct.tracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.deadline.DirectiveList;
import vn.sct.tracker.deadline.ReportState;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.directive.DirectiveStatus;

/** Read access to directive records and their event trails (HTTP Basic, see README). */
@RestController
@RequestMapping("/api/directives")
@Tag(name = "Nhiệm vụ", description = "Hồ sơ nhiệm vụ, ý kiến chỉ đạo và lịch sử xử lý")
@SecurityRequirement(name = "basic")
public class DirectiveController {

    private final DirectiveService directives;
    private final DirectiveList list;
    private final DirectiveAccess access;
    private final DirectiveReader reader;

    public DirectiveController(DirectiveService directives, DirectiveList list, DirectiveAccess access,
                               DirectiveReader reader) {
        this.directives = directives;
        this.list = list;
        this.access = access;
        this.reader = reader;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một nhiệm vụ với toàn bộ lịch sử xử lý (ai, lúc nào, làm gì, ý kiến)")
    public DirectiveView get(@PathVariable String id, Authentication caller) {
        return reader.view(reader.readable(id, caller), directives.events(id));
    }

    @GetMapping
    @Operation(summary = "Danh sách nhiệm vụ mà người gọi được xem, mới nhất trước; trang sau: before=<mã cuối trang>"
            + " (tiêu đề Link rel=next)")
    public ResponseEntity<List<DirectiveView>> list(
            @Parameter(description = "Trạng thái, ví dụ IN_PROGRESS") @RequestParam(required = false) String status,
            @Parameter(description = "Mã phòng chủ trì, ví dụ QLCN") @RequestParam(required = false) String division,
            @Parameter(description = "Trạng thái báo cáo: DONE_ON_TIME, DONE_LATE, OPEN_WITHIN_DEADLINE, OPEN_OVERDUE")
            @RequestParam(required = false) String reportState,
            @Parameter(description = "Tối đa (1-500)") @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "Mã nhiệm vụ cuối cùng của trang trước") @RequestParam(required = false)
            String before,
            Authentication caller) {
        DirectiveStatus s = enumParam(DirectiveStatus.class, status, "status");
        ReportState wanted = enumParam(ReportState.class, reportState, "reportState");
        if (limit < 1 || limit > 500) {
            throw new ValidationException("limit", "reason.range", 1, 500);
        }
        String lead = division == null || division.isBlank() ? null : division.strip().toUpperCase(Locale.ROOT);
        String cursor = before == null || before.isBlank() ? null : before.strip();
        List<DirectiveList.Listed> page = list.find(new DirectiveList.Query(s, lead, wanted,
                access.readableDivisions(caller), cursor, limit));
        Instant now = AppClock.instant();
        List<DirectiveView> views = page.stream().map(l -> reader.listed(l.directive(), l.deadline(), now)).toList();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (views.size() == limit) {
            answer.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("before", views.get(views.size() - 1).id()).build().toUriString()
                    + ">; rel=\"next\"");
        }
        return answer.body(views);
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
