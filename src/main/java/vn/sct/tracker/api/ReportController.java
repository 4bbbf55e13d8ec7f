package vn.sct.tracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.InputDates;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.report.DirectiveReport;
import vn.sct.tracker.report.ReportPeriod;
import vn.sct.tracker.report.ReportService;
import vn.sct.tracker.report.WorkloadRow;

/**
 * Figures straight from the directive records, for any period and division: the report, the
 * accountability list, the workload, and the same as XLSX or DOCX. The Office, the Director, the
 * deputies and administrators read every division; anyone else only the divisions they belong to.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo", description = "Số liệu thực hiện nhiệm vụ, danh sách kiểm điểm, khối lượng công việc, xuất tệp")
@SecurityRequirement(name = "basic")
public class ReportController {

    private final ReportService reports;
    private final DirectiveAccess access;
    private final OrganisationService organisation;
    private final ReportDownloads downloads;

    public ReportController(ReportService reports, DirectiveAccess access, OrganisationService organisation,
                            ReportDownloads downloads) {
        this.reports = reports;
        this.access = access;
        this.organisation = organisation;
        this.downloads = downloads;
    }

    @GetMapping
    @Operation(summary = "Số liệu của một kỳ theo phòng: nhận, hoàn thành đúng hạn/quá hạn, đang thực hiện trong hạn/quá hạn,"
            + " gia hạn, tỷ lệ đúng hạn, và danh sách kiểm điểm")
    public DirectiveReport report(
            @Parameter(description = "Từ ngày (yyyy-MM-dd); mặc định đầu tháng này") @RequestParam(required = false) String from,
            @Parameter(description = "Đến ngày (yyyy-MM-dd); mặc định cuối tháng này") @RequestParam(required = false) String to,
            @Parameter(description = "Mã phòng, ví dụ QLCN; bỏ trống: mọi phòng được xem") @RequestParam(required = false) String division,
            @Parameter(description = "Danh sách kiểm điểm: bỏ qua bao nhiêu dòng đầu") @RequestParam(defaultValue = "0")
            int lateOffset,
            @Parameter(description = "Danh sách kiểm điểm: tối đa bao nhiêu dòng (0-5000)")
            @RequestParam(defaultValue = "500") int lateLimit,
            Authentication caller) {
        if (lateOffset < 0) {
            throw new ValidationException("lateOffset", "reason.notNegative");
        }
        if (lateLimit < 0 || lateLimit > 5000) {
            throw new ValidationException("lateLimit", "reason.range", 0, 5000);
        }
        return reports.report(period(from, to), division(caller, division), lateOffset, lateLimit);
    }

    @GetMapping("/workload")
    @Operation(summary = "Khối lượng công việc đang mở theo phòng và theo người: đang thực hiện, sắp đến hạn, quá hạn")
    public List<WorkloadRow> workload(@RequestParam(required = false) String division, Authentication caller) {
        return reports.workload(division(caller, division));
    }

    @GetMapping("/export")
    @Operation(summary = "Tải báo cáo của kỳ: format=xlsx (bảng tính) hoặc docx (văn bản theo thể thức hành chính)")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String division,
                                         @RequestParam(defaultValue = "xlsx") String format, Authentication caller) {
        DirectiveReport report = reports.report(period(from, to), division(caller, division));
        return downloads.file(report, downloads.letterhead(null, null, AppClock.today()), List.of(), format,
                "bao-cao-" + report.period().from() + "-" + report.period().to());
    }

    private static ReportPeriod period(String from, String to) {
        LocalDate today = AppClock.today();
        LocalDate start = date(from, "from", today.withDayOfMonth(1));
        LocalDate end = date(to, "to", today.withDayOfMonth(today.lengthOfMonth()));
        if (end.isBefore(start)) {
            throw new ValidationException("to", "reason.notBeforeFrom");
        }
        if (ChronoUnit.DAYS.between(start, end) > 366 * 5) {
            throw new ValidationException("to", "reason.periodTooLong");
        }
        return new ReportPeriod(start, end);
    }

    private static LocalDate date(String value, String field, LocalDate otherwise) {
        LocalDate d = InputDates.date(value, field);
        return d == null ? otherwise : d;
    }

    /** The division asked for, if the caller may read it; a member of one division gets their own. */
    private String division(Authentication caller, String asked) {
        String code = asked == null || asked.isBlank() ? null : asked.strip().toUpperCase();
        if (code != null && organisation.division(code).isEmpty()) {
            throw new ValidationException("division", "reason.noDivision", asked);
        }
        if (access.readsAll(caller)) {
            return code;
        }
        List<String> mine = organisation.divisions().stream().map(d -> d.code())
                .filter(c -> caller.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(organisation.divisionGroup(c))))
                .toList();
        if (code == null && !mine.isEmpty()) {
            return mine.get(0);
        }
        if (code == null || !mine.contains(code)) {
            throw new org.camunda.bpm.engine.AuthorizationException(caller.getName(), "READ", "report", code);
        }
        return code;
    }
}
