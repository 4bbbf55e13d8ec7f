package vn.sct.tracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.InputDates;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.report.DirectiveReport;
import vn.sct.tracker.report.MonthlyReportRepository;
import vn.sct.tracker.report.MonthlyReportSections;
import vn.sct.tracker.report.MonthlyReportStatus;
import vn.sct.tracker.report.MonthlyReports;
import vn.sct.tracker.process.monthly.MonthlyReportStarter;
import vn.sct.tracker.report.ReportPeriod;

/**
 * The monthly reports (báo cáo tháng): list, one with its divisions' parts and the figures the Office
 * compiled, the approved report as XLSX or DOCX, and opening a month by hand (the Office).
 */
@RestController
@RequestMapping("/api/monthly-reports")
@Tag(name = "Báo cáo tháng", description = "Kỳ báo cáo tháng: các phòng xác nhận, Văn phòng tổng hợp, Giám đốc phê duyệt")
@SecurityRequirement(name = "basic")
public class MonthlyReportController {

    /** One monthly report as the API shows it. */
    public record MonthlyReportView(String id, String period, LocalDate periodFrom, LocalDate periodTo, String status,
                                    OffsetDateTime divisionDueAt, String compiledBy, OffsetDateTime compiledAt,
                                    String officeSummary, String documentNumber, String directorComment,
                                    String approvedBy, OffsetDateTime approvedAt, String processInstanceId,
                                    List<DivisionPartView> divisions, DirectiveReport figures) {
    }

    /** The month to open: {@code 2026-10} or {@code 10/2026}. */
    public record OpenMonth(@io.swagger.v3.oas.annotations.media.Schema(example = "2026-10") String month) {
    }

    /** A division's part. */
    public record DivisionPartView(String division, String divisionName, String status, String confirmedBy,
                                   OffsetDateTime confirmedAt, OffsetDateTime escalatedAt, String figuresNote,
                                   String explanations, String programmeTasks) {
    }

    private final MonthlyReports monthly;
    private final MonthlyReportStarter starter;
    private final MonthlyReportSections sections;
    private final MonthlyReportRepository repository;
    private final DirectiveAccess access;
    private final OrganisationService organisation;
    private final ReportDownloads files;

    public MonthlyReportController(MonthlyReports monthly, MonthlyReportStarter starter, MonthlyReportSections sections,
                                   MonthlyReportRepository repository, DirectiveAccess access,
                                   OrganisationService organisation, ReportDownloads files) {
        this.monthly = monthly;
        this.starter = starter;
        this.sections = sections;
        this.repository = repository;
        this.access = access;
        this.organisation = organisation;
        this.files = files;
    }

    @GetMapping
    @Operation(summary = "Các kỳ báo cáo tháng, mới nhất trước")
    public List<MonthlyReportView> list(Authentication caller) {
        readsAll(caller);
        return repository.list().stream().map(h -> view(h, false)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một kỳ báo cáo: phần của từng phòng và số liệu Văn phòng đã tổng hợp")
    public MonthlyReportView get(@PathVariable String id, Authentication caller) {
        readsAll(caller);
        return view(monthly.header(id), true);
    }

    @PostMapping
    @Operation(summary = "Văn phòng mở kỳ báo cáo của một tháng (ngoài lịch tự động hằng tháng)")
    public ResponseEntity<Map<String, String>> open(@RequestBody OpenMonth body) {
        YearMonth parsed = InputDates.month(body.month(), "month");
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", starter.start(parsed)));
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Tải báo cáo tháng đã tổng hợp: format=docx (văn bản) hoặc xlsx (bảng tính)")
    public ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "docx") String format,
                                         Authentication caller) {
        readsAll(caller);
        MonthlyReportRepository.Header h = monthly.header(id);
        DirectiveReport figures = monthly.snapshot(h).orElseThrow(() -> new ValidationException("id",
                "reason.monthly.notCompiled", id));
        boolean approved = h.status() == MonthlyReportStatus.APPROVED;
        LocalDate date = approved ? h.approvedAt().atZone(AppClock.ZONE).toLocalDate() : AppClock.today();
        return files.file(figures, files.letterhead(h.documentNumber(),
                approved ? organisation.displayName(h.approvedBy()) : null, date), sections.of(h), format,
                id + (approved ? "" : "-du-thao"));
    }

    private void readsAll(Authentication caller) {
        if (!access.readsAll(caller)) {
            throw new org.camunda.bpm.engine.AuthorizationException(caller.getName(), "READ", "monthly-report", null);
        }
    }

    private MonthlyReportView view(MonthlyReportRepository.Header h, boolean whole) {
        List<DivisionPartView> parts = !whole ? null : repository.divisions(h.id()).stream()
                .map(p -> new DivisionPartView(p.divisionCode(), organisation.divisionName(p.divisionCode()),
                        p.status().name(),
                        p.confirmedBy(), odt(p.confirmedAt()), odt(p.escalatedAt()), p.figuresNote(), p.explanations(),
                        p.programmeTasks()))
                .toList();
        return new MonthlyReportView(h.id(), new ReportPeriod(h.periodFrom(), h.periodTo()).label(), h.periodFrom(),
                h.periodTo(), h.status().name(), odt(h.divisionDueAt()), h.compiledBy(), odt(h.compiledAt()), h.officeSummary(),
                h.documentNumber(), h.directorComment(), h.approvedBy(), odt(h.approvedAt()), h.processInstanceId(),
                parts, whole ? monthly.snapshot(h).orElse(null) : null);
    }

    private static OffsetDateTime odt(java.time.Instant i) {
        return i == null ? null : i.atZone(AppClock.ZONE).toOffsetDateTime();
    }
}
