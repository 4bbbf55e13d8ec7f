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
import vn.sct.tracker.common.InputDates;
import vn.sct.tracker.common.InputText;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.deadline.DirectiveList;
import vn.sct.tracker.deadline.ReportState;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.directive.DirectiveStatus;
import vn.sct.tracker.directive.SourceType;

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
    @Operation(summary = "Tìm nhiệm vụ mà người gọi được xem: lọc, sắp xếp, phân trang; tổng số ở tiêu đề X-Total-Count,"
            + " trang sau ở tiêu đề Link rel=next")
    public ResponseEntity<List<DirectiveView>> list(
            @Parameter(description = "Trạng thái, ví dụ IN_PROGRESS") @RequestParam(required = false) String status,
            @Parameter(description = "Mã phòng chủ trì, ví dụ QLCN") @RequestParam(required = false) String division,
            @Parameter(description = "Trạng thái báo cáo: DONE_ON_TIME, DONE_LATE, OPEN_WITHIN_DEADLINE, OPEN_OVERDUE")
            @RequestParam(required = false) String reportState,
            @Parameter(description = "Nguồn giao, ví dụ UBND_TINH") @RequestParam(required = false) String sourceType,
            @Parameter(description = "Thời hạn từ ngày (2027-01-01 hoặc 01/01/2027)")
            @RequestParam(required = false) String deadlineFrom,
            @Parameter(description = "Thời hạn đến ngày") @RequestParam(required = false) String deadlineTo,
            @Parameter(description = "Đăng ký từ ngày") @RequestParam(required = false) String registeredFrom,
            @Parameter(description = "Đăng ký đến ngày") @RequestParam(required = false) String registeredTo,
            @Parameter(description = "Từ khoá trong trích yếu hoặc số văn bản (không phân biệt hoa thường)")
            @RequestParam(required = false) String q,
            @Parameter(description = "Sắp xếp: registered (mới nhất trước, mặc định), -registered (cũ nhất trước),"
                    + " deadline (thời hạn gần nhất trước), -deadline") @RequestParam(required = false) String sort,
            @Parameter(description = "Trang, từ 0 (mỗi trang limit nhiệm vụ; tối đa 10.000 nhiệm vụ đầu, xa hơn dùng before)")
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Tối đa (1-500)") @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "Mã nhiệm vụ cuối cùng của trang trước (chỉ với sắp xếp mặc định)")
            @RequestParam(required = false) String before,
            Authentication caller) {
        if (limit < 1 || limit > 500) {
            throw new ValidationException("limit", "reason.range", 1, 500);
        }
        if (page < 0 || (long) page * limit > MAX_OFFSET) {
            throw new ValidationException("page", "reason.range", 0, MAX_OFFSET / limit);
        }
        DirectiveList.Sort order = sort(sort);
        String cursor = text("before", before, 20);
        if (cursor != null && (order != DirectiveList.Sort.NEWEST || page > 0)) {
            throw new ValidationException("before", "reason.beforeOnlyNewest");
        }
        String lead = text("division", division, 20);
        String words = text("q", q, 200);
        DirectiveList.Query query = new DirectiveList.Query(enumParam(DirectiveStatus.class, status, "status"),
                lead == null ? null : lead.toUpperCase(Locale.ROOT),
                enumParam(ReportState.class, reportState, "reportState"), access.readableDivisions(caller),
                enumParam(SourceType.class, sourceType, "sourceType"), InputDates.date(deadlineFrom, "deadlineFrom"),
                InputDates.date(deadlineTo, "deadlineTo"), InputDates.date(registeredFrom, "registeredFrom"),
                InputDates.date(registeredTo, "registeredTo"), words, order, cursor, page * limit, limit);
        List<DirectiveList.Listed> found = list.find(query);
        Instant now = AppClock.instant();
        List<DirectiveView> views = found.stream().map(l -> reader.listed(l.directive(), l.deadline(), now)).toList();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .header(TOTAL, Long.toString(list.count(query)));
        if (views.size() == limit) {
            var next = ServletUriComponentsBuilder.fromCurrentRequest();
            if (order == DirectiveList.Sort.NEWEST && page == 0) {
                next.replaceQueryParam("before", views.get(views.size() - 1).id());
            } else {
                next.replaceQueryParam("page", page + 1);
            }
            answer.header(HttpHeaders.LINK, "<" + next.build().toUriString() + ">; rel=\"next\"");
        }
        return answer.body(views);
    }

    /** The answer's header with the number of directives found on all pages. */
    public static final String TOTAL = "X-Total-Count";
    private static final int MAX_OFFSET = 10_000;

    private static DirectiveList.Sort sort(String value) {
        String v = value == null ? "" : value.strip();
        return switch (v) {
            case "", "registered", "-registeredAt" -> DirectiveList.Sort.NEWEST;
            case "-registered", "registeredAt" -> DirectiveList.Sort.OLDEST;
            case "deadline" -> DirectiveList.Sort.DEADLINE;
            case "-deadline" -> DirectiveList.Sort.DEADLINE_DESC;
            default -> throw new ValidationException("sort", "reason.invalidValue", InputText.visible(v));
        };
    }

    private static String text(String field, String value, int max) {
        return Text.line(field, value, max);
    }

    /** An optional enum query parameter; an unknown value is refused with the field named. */
    private static <E extends Enum<E>> E enumParam(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "reason.invalidValue", InputText.visible(value));
        }
    }
}
