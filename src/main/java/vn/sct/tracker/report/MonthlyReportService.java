package vn.sct.tracker.report;

import static vn.sct.tracker.report.MonthlyReport.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.NotFoundException;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.organisation.Division;
import vn.sct.tracker.organisation.DivisionKind;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.workflow.FormValues;

/**
 * The monthly report (báo cáo tháng, seed 000), called from {@code bpmn/monthly-report.bpmn} as
 * {@code ${monthlyReports.…}}: opens the period, gives each division head its figures to confirm and its
 * late items to explain, escalates divisions that miss their deadline to the Office, keeps the Office's
 * compilation and the Director's decision, and stores the approved figures unchanged.
 */
@Component("monthlyReports")
public class MonthlyReportService {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter VN_MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final Pattern EXPLANATION = Pattern.compile("^\\s*(NV-\\d{4}-\\d+)\\s*[:：-]\\s*(.*)$");

    private final ReportService reports;
    private final MonthlyReportRepository repository;
    private final OrganisationService organisation;
    private final WorkingCalendar calendar;
    private final IdentityService identity;
    private final Notifier notifier;
    private final org.camunda.bpm.engine.RuntimeService runtime;
    private final ObjectMapper json;
    private final int divisionDays;
    private final String baseUrl;

    public MonthlyReportService(ReportService reports, MonthlyReportRepository repository,
                                OrganisationService organisation, WorkingCalendar calendar, IdentityService identity,
                                Notifier notifier, org.camunda.bpm.engine.RuntimeService runtime, ObjectMapper json,
                                @Value("${tracker.reports.monthly.division-days:3}") int divisionDays,
                                @Value("${tracker.base-url:}") String baseUrl) {
        this.reports = reports;
        this.repository = repository;
        this.organisation = organisation;
        this.calendar = calendar;
        this.identity = identity;
        this.notifier = notifier;
        this.runtime = runtime;
        this.json = json;
        this.divisionDays = divisionDays;
        this.baseUrl = baseUrl;
    }

    // ---------------------------------------------------------------- called from the diagram

    /** The month a report opened now is about (or the one asked for when the Office opens it by hand). */
    public static String reportId(YearMonth month) {
        return "BC-%d-%02d".formatted(month.getYear(), month.getMonthValue());
    }

    /** Service task: opens the period, unless it is already open (then the diagram ends quietly). */
    public void open(DelegateExecution execution) {
        Object asked = execution.getVariable(VAR_REPORT_MONTH);
        YearMonth month = asked == null ? YearMonth.from(AppClock.today()) : YearMonth.parse(asked.toString());
        String id = reportId(month);
        execution.setVariable(VAR_REPORT_ID, id);
        execution.setVariable(VAR_REPORT_MONTH, month.toString());
        if (repository.exists(id)) {
            execution.setVariable(VAR_ALREADY_OPEN, true);
            return;
        }
        execution.setVariable(VAR_ALREADY_OPEN, false);
        execution.setProcessBusinessKey(id);
        LocalDate due = calendar.addWorkingDays(AppClock.today(), divisionDays);
        Instant dueAt = calendar.deadlineInstant(due);
        execution.setVariable(VAR_DIVISION_DUE_AT, Date.from(dueAt));
        repository.insert(id, ReportPeriod.month(month), dueAt, execution.getProcessInstanceId(),
                reportingDivisions().stream().map(Division::code).toList());
    }

    /** The divisions that report to the Office: every active one but the Office itself. */
    public List<String> divisions(DelegateExecution execution) {
        return repository.divisions((String) execution.getVariable(VAR_REPORT_ID)).stream()
                .map(MonthlyReportRepository.DivisionPart::divisionCode)
                .sorted(java.util.Comparator.comparingInt(this::order)).toList();
    }

    /** Every user task, on create: the figures and lists for the form; empty inputs as task-local variables. */
    public void taskCreated(DelegateTask task) {
        String id = (String) task.getVariable(VAR_REPORT_ID);
        MonthlyReportRepository.Header header = header(id);
        ReportPeriod period = new ReportPeriod(header.periodFrom(), header.periodTo());
        Map<String, Object> local = new LinkedHashMap<>();
        String division = (String) task.getVariable(VAR_DIVISION);
        switch (task.getTaskDefinitionKey()) {
            case TASK_DIVISION_REPORT, TASK_RECEIVE_LATE -> {
                DirectiveReport report = reports.report(period, division);
                local.put("reportFacts", divisionFacts(header, report.divisions().get(0)));
                local.put("lateItems", lateItems(report.accountability()));
                local.put(FIELD_EXPLANATIONS, template(report.accountability()));
                local.put(FIELD_FIGURES_CONFIRMED, false);
                local.put(FIELD_FIGURES_NOTE, "");
                local.put(FIELD_PROGRAMME_TASKS, "");
                if (TASK_RECEIVE_LATE.equals(task.getTaskDefinitionKey())) {
                    local.put(FIELD_LATE_OUTCOME, "");
                }
                task.setDescription(id + " · " + organisation.divisionName(division) + " · hạn gửi "
                        + until(header.divisionDueAt()));
                // Due within the last day (23:59), like every task here, so "due in 3 working days" finds it.
                task.setDueDate(Date.from(header.divisionDueAt().minusSeconds(60)));
            }
            case TASK_COMPILE -> {
                DirectiveReport report = reports.report(period, null);
                local.put("reportFacts", compileFacts(header, report));
                local.put("lateItems", lateItems(report.accountability()));
                local.put("divisionReports", divisionReports(id));
                local.put(FIELD_OFFICE_SUMMARY, header.officeSummary() == null ? "" : header.officeSummary());
                local.put(FIELD_DOCUMENT_NUMBER, header.documentNumber() == null ? "" : header.documentNumber());
                local.put("directorComment", header.directorComment() == null ? "" : header.directorComment());
                task.setDescription(id + " · tổng hợp báo cáo " + period.label());
            }
            case TASK_APPROVE -> {
                DirectiveReport report = snapshot(header).orElseThrow();
                local.put("reportFacts", compileFacts(header, report));
                local.put("lateItems", lateItems(report.accountability()));
                local.put("divisionReports", divisionReports(id));
                local.put(FIELD_OFFICE_SUMMARY, header.officeSummary());
                local.put(FIELD_DOCUMENT_NUMBER, header.documentNumber() == null ? "(chưa lấy số)" : header.documentNumber());
                local.put(FIELD_DECISION, "");
                local.put(FIELD_COMMENT, "");
                task.setDescription(id + " · trình Giám đốc phê duyệt báo cáo " + period.label());
            }
            default -> throw new IllegalStateException("No form set-up for task " + task.getTaskDefinitionKey());
        }
        task.setVariablesLocal(local);
        List<String> to = task.getCandidates().stream().filter(l -> l.getGroupId() != null)
                .map(l -> "group:" + l.getGroupId()).toList();
        notifier.send(to, "[Báo cáo tháng] %s: %s".formatted(id, task.getName()),
                "Báo cáo %s đang chờ: %s.".formatted(period.label(), task.getName()));
    }

    /** The division head confirms the figures, explains every late item, registers programme tasks. */
    public void divisionReported(DelegateTask task) {
        String id = (String) task.getVariable(VAR_REPORT_ID);
        String division = (String) task.getVariable(VAR_DIVISION);
        // Sent in time either way; QUESTIONED when the head did not confirm the figures but said what is wrong.
        record(task, id, division, Boolean.TRUE.equals(task.getVariableLocal(FIELD_FIGURES_CONFIRMED))
                ? "CONFIRMED" : "QUESTIONED");
    }

    /** The Office, after the deadline: the division's report received late (entered here) or not at all. */
    public void lateReportReceived(DelegateTask task) {
        String id = (String) task.getVariable(VAR_REPORT_ID);
        String division = (String) task.getVariable(VAR_DIVISION);
        String outcome = FormValues.text(task.getVariableLocal(FIELD_LATE_OUTCOME));
        if (OUTCOME_NOT_REPORTED.equals(outcome)) {
            repository.divisionMissed(id, division, actor());
            return;
        }
        if (!OUTCOME_RECEIVED.equals(outcome)) {
            throw new ValidationException(FIELD_LATE_OUTCOME, "Kết quả đôn đốc", "hãy chọn một trong hai lựa chọn");
        }
        record(task, id, division, "LATE_ENTERED");
    }

    /** Gateway: did the Office receive the late report? */
    public boolean lateReceived(String reportId, String division) {
        return repository.division(reportId, division).map(p -> "LATE_ENTERED".equals(p.status())).orElse(false);
    }

    /** Service task on the division's deadline: the report is missing; the Office and the head are told. */
    public void escalateMissing(DelegateExecution execution) {
        String id = (String) execution.getVariable(VAR_REPORT_ID);
        String division = (String) execution.getVariable(VAR_DIVISION);
        repository.divisionEscalated(id, division);
        notifier.send(List.of("group:" + organisation.officeGroup(), "group:" + organisation.headGroup(division)),
                "[Báo cáo tháng] %s: %s chưa gửi báo cáo".formatted(id, organisation.divisionName(division)),
                "Đã quá hạn gửi báo cáo tháng (%s) mà %s chưa gửi. Văn phòng đôn đốc và ghi nhận."
                        .formatted(until(header(id).divisionDueAt()), organisation.divisionName(division)));
    }

    /** The Office compiles: its assessment, the document number, and the figures as of now, kept. */
    public void compiled(DelegateTask task) {
        String id = (String) task.getVariable(VAR_REPORT_ID);
        String summary = FormValues.text(task.getVariableLocal(FIELD_OFFICE_SUMMARY));
        if (summary == null) {
            throw new ValidationException(FIELD_OFFICE_SUMMARY, "Đánh giá, đề xuất của Văn phòng", "bắt buộc");
        }
        MonthlyReportRepository.Header header = header(id);
        DirectiveReport report = reports.report(new ReportPeriod(header.periodFrom(), header.periodTo()), null);
        try {
            repository.compiled(id, actor(), summary, FormValues.text(task.getVariableLocal(FIELD_DOCUMENT_NUMBER)),
                    json.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the figures of " + id, e);
        }
    }

    /** The Director approves, or returns it to the Office with a comment. */
    public void directorDecided(DelegateTask task) {
        String id = (String) task.getVariable(VAR_REPORT_ID);
        String decision = FormValues.text(task.getVariableLocal(FIELD_DECISION));
        String comment = FormValues.text(task.getVariableLocal(FIELD_COMMENT));
        if (!DECISION_APPROVE.equals(decision) && !DECISION_RETURN.equals(decision)) {
            throw new ValidationException(FIELD_DECISION, "Quyết định", "hãy chọn phê duyệt hoặc trả lại");
        }
        if (DECISION_RETURN.equals(decision) && comment == null) {
            throw new ValidationException(FIELD_COMMENT, "Ý kiến", "bắt buộc khi trả lại: hãy nói rõ cần sửa gì");
        }
        boolean approved = DECISION_APPROVE.equals(decision);
        repository.directorDecided(id, approved, actor(), comment);
        task.getExecution().setVariable(VAR_DIRECTOR_APPROVED, approved);
    }

    /** Service task: the approved report is final; the Office and the divisions are told. */
    public void store(DelegateExecution execution) {
        String id = (String) execution.getVariable(VAR_REPORT_ID);
        repository.status(id, "APPROVED");
        MonthlyReportRepository.Header header = header(id);
        notifier.send(List.of("group:" + organisation.officeGroup()),
                "[Báo cáo tháng] %s đã được Giám đốc phê duyệt".formatted(id),
                "Báo cáo %s đã được phê duyệt; tải về tại %s/api/monthly-reports/%s/export?format=docx"
                        .formatted(new ReportPeriod(header.periodFrom(), header.periodTo()).label(), baseUrl, id));
    }

    // ---------------------------------------------------------------- by hand

    /**
     * The Office opens the report of a month by hand (a month the timer missed, or before the day):
     * refused for a month already opened or still to come. Runs as the caller (Office grant).
     */
    public String start(YearMonth month) {
        if (month == null) {
            throw new ValidationException("month", "Tháng báo cáo", "bắt buộc, dạng yyyy-MM");
        }
        if (month.isAfter(YearMonth.from(AppClock.today()))) {
            throw new ValidationException("month", "Tháng báo cáo", "chưa đến tháng " + month.getMonthValue() + "/"
                    + month.getYear());
        }
        String id = reportId(month);
        if (repository.exists(id)) {
            throw new ValidationException("month", "Tháng báo cáo", "báo cáo " + id + " đã được mở");
        }
        runtime.startProcessInstanceByKey(PROCESS_KEY, Map.of(VAR_REPORT_MONTH, month.toString()));
        return id;
    }

    // ---------------------------------------------------------------- reading

    public MonthlyReportRepository.Header header(String id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("Không có báo cáo " + id));
    }

    /** The figures the Office compiled (and the Director approved), as they were then. */
    public java.util.Optional<DirectiveReport> snapshot(MonthlyReportRepository.Header header) {
        if (header.figuresJson() == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(json.readValue(header.figuresJson(), DirectiveReport.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the figures of " + header.id(), e);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Figures confirmed, or what is wrong with them said: one or the other. */
    private static void confirmedOrQuestioned(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariableLocal(FIELD_FIGURES_CONFIRMED))
                && FormValues.text(task.getVariableLocal(FIELD_FIGURES_NOTE)) == null) {
            throw new ValidationException(FIELD_FIGURES_CONFIRMED, "Xác nhận số liệu",
                    "hãy đánh dấu xác nhận, hoặc ghi rõ sai lệch tại ô Ý kiến về số liệu");
        }
    }

    private void record(DelegateTask task, String id, String division, String status) {
        confirmedOrQuestioned(task);
        MonthlyReportRepository.Header header = header(id);
        DirectiveReport report = reports.report(new ReportPeriod(header.periodFrom(), header.periodTo()), division);
        String explanations = FormValues.text(task.getVariableLocal(FIELD_EXPLANATIONS));
        Map<String, String> reasons = explanations(explanations, report.accountability());
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            repository.saveReason(id, e.getKey(), division, e.getValue(), actor());
        }
        repository.divisionReported(id, division, status, actor(), FormValues.text(task.getVariableLocal(FIELD_FIGURES_NOTE)),
                explanations, FormValues.text(task.getVariableLocal(FIELD_PROGRAMME_TASKS)));
    }

    /**
     * One line per late or overdue directive, "NV-2026-00012: lý do"; each of them needs a reason, and
     * no other directive may be named.
     */
    static Map<String, String> explanations(String text, List<AccountabilityItem> late) {
        Map<String, String> reasons = new LinkedHashMap<>();
        List<String> expected = late.stream().map(AccountabilityItem::directiveId).toList();
        List<String> unknown = new ArrayList<>();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            Matcher m = EXPLANATION.matcher(line);
            if (!m.matches()) {
                continue;
            }
            if (!expected.contains(m.group(1))) {
                unknown.add(m.group(1));
            } else if (!m.group(2).isBlank()) {
                reasons.put(m.group(1), m.group(2).strip());
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException(FIELD_EXPLANATIONS, "Giải trình",
                    String.join(", ", unknown) + " không thuộc danh sách chậm, quá hạn của phòng");
        }
        List<String> missing = expected.stream().filter(id -> !reasons.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new ValidationException(FIELD_EXPLANATIONS, "Giải trình",
                    "chưa nêu lý do cho " + String.join(", ", missing) + " (mỗi dòng: mã nhiệm vụ: lý do)");
        }
        return reasons;
    }

    private static String template(List<AccountabilityItem> late) {
        StringBuilder s = new StringBuilder();
        for (AccountabilityItem i : late) {
            s.append(i.directiveId()).append(": ").append(i.reason() == null ? "" : i.reason()).append('\n');
        }
        return s.toString();
    }

    private static String lateItems(List<AccountabilityItem> late) {
        if (late.isEmpty()) {
            return "Không có nhiệm vụ chậm, quá hạn.";
        }
        StringBuilder s = new StringBuilder();
        for (AccountabilityItem i : late) {
            s.append("%s · %s · %s · hạn %s · %s, %d ngày làm việc · %s%s\n".formatted(i.directiveId(),
                    i.divisionName(), i.responsibleName(), VN_DATE.format(i.deadline()), i.state().label().toLowerCase(),
                    i.workingDaysLate(), i.summary(), i.reason() == null || i.reason().isBlank() ? ""
                            : " · lý do: " + i.reason()));
        }
        return s.toString();
    }

    private String divisionFacts(MonthlyReportRepository.Header h, DivisionFigures f) {
        return (f.divisionCode() == null ? "" : "**Đơn vị:** " + f.divisionName() + "\n") + """
                **Báo cáo:** %s · %s
                **Hạn gửi Văn phòng:** **%s**
                **Số liệu đến %s:** tổng số %d (kỳ trước chuyển sang %d, nhận trong kỳ %d)
                **Hoàn thành:** đúng hạn %d, quá hạn %d · **Đang thực hiện:** trong hạn %d (sắp đến hạn %d), quá hạn %d
                **Gia hạn:** %d nhiệm vụ, %d lần · **Tỷ lệ đúng hạn:** %s (chỉ tiêu 100%%)""".formatted(
                h.id(), new ReportPeriod(h.periodFrom(), h.periodTo()).label(), until(h.divisionDueAt()),
                moment(AppClock.now().toInstant()), f.total(), f.carriedOver(), f.received(), f.doneOnTime(),
                f.doneLate(), f.openWithinDeadline(), f.dueSoon(), f.openOverdue(), f.extendedDirectives(),
                f.extensionsGranted(), f.onTimeRate() == null ? "chưa có nhiệm vụ đến hạn" : percent(f.onTimeRate()));
    }

    private String compileFacts(MonthlyReportRepository.Header h, DirectiveReport r) {
        StringBuilder s = new StringBuilder(divisionFacts(h, r.total()).replace("**Số liệu đến", "**Toàn Sở, số liệu đến"));
        for (DivisionFigures f : r.divisions()) {
            if (f.total() > 0) {
                s.append("\n%s: %d nhiệm vụ · đúng hạn %d · quá hạn %d · đang quá hạn %d · tỷ lệ %s".formatted(
                        f.divisionName(), f.total(), f.doneOnTime(), f.doneLate(), f.openOverdue(),
                        f.onTimeRate() == null ? "—" : percent(f.onTimeRate())));
            }
        }
        return s.toString();
    }

    private String divisionReports(String id) {
        StringBuilder s = new StringBuilder();
        for (MonthlyReportRepository.DivisionPart p : parts(id)) {
            s.append(organisation.divisionName(p.divisionCode())).append(": ").append(switch (p.status()) {
                case "CONFIRMED" -> "đã gửi lúc " + moment(p.confirmedAt());
                case "QUESTIONED" -> "đã gửi lúc " + moment(p.confirmedAt()) + ", CHƯA XÁC NHẬN SỐ LIỆU";
                case "LATE_ENTERED" -> "gửi muộn, Văn phòng tiếp nhận lúc " + moment(p.confirmedAt());
                case "MISSED" -> "KHÔNG GỬI BÁO CÁO";
                default -> "chưa gửi";
            });
            if (p.figuresNote() != null) {
                s.append(" · ý kiến về số liệu: ").append(p.figuresNote());
            }
            if (p.explanations() != null) {
                s.append("\n  Giải trình: ").append(p.explanations().strip().replace("\n", "; "));
            }
            if (p.programmeTasks() != null) {
                s.append("\n  Đăng ký chương trình công tác: ").append(p.programmeTasks().strip().replace("\n", "; "));
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** The divisions' parts in the organisation's order. */
    private List<MonthlyReportRepository.DivisionPart> parts(String id) {
        return repository.divisions(id).stream()
                .sorted(java.util.Comparator.comparingInt(p -> order(p.divisionCode()))).toList();
    }

    /**
     * The parts in words of an exported monthly report: the Office's assessment, which divisions
     * reported and when, the tasks registered for the province's work programme.
     */
    public List<ReportSection> sections(MonthlyReportRepository.Header h) {
        List<String> reported = new ArrayList<>();
        List<String> programme = new ArrayList<>();
        for (MonthlyReportRepository.DivisionPart p : parts(h.id())) {
            String name = organisation.divisionName(p.divisionCode());
            reported.add(name + ": " + switch (p.status()) {
                case "CONFIRMED", "QUESTIONED" -> "gửi báo cáo đúng hạn (" + moment(p.confirmedAt()) + ")"
                        + ("QUESTIONED".equals(p.status()) ? ", chưa xác nhận số liệu" : "")
                        + (p.figuresNote() == null ? "" : "; ý kiến về số liệu: " + p.figuresNote());
                case "LATE_ENTERED" -> "gửi báo cáo muộn (Văn phòng tiếp nhận " + moment(p.confirmedAt()) + ")";
                case "MISSED" -> "không gửi báo cáo.";
                default -> "chưa gửi báo cáo.";
            });
            if (p.programmeTasks() != null) {
                for (String line : p.programmeTasks().split("\\R")) {
                    if (!line.isBlank()) {
                        programme.add(name + ": " + line.strip());
                    }
                }
            }
        }
        List<ReportSection> sections = new ArrayList<>();
        if (h.officeSummary() != null) {
            sections.add(new ReportSection("Đánh giá chung, đề xuất", List.of(h.officeSummary().split("\\R"))));
        }
        sections.add(new ReportSection("Tình hình gửi báo cáo của các phòng, đơn vị", reported));
        sections.add(new ReportSection("Nhiệm vụ đăng ký vào chương trình công tác của UBND tỉnh",
                programme.isEmpty() ? List.of("Không có nhiệm vụ đăng ký.") : programme));
        return sections;
    }

    private List<Division> reportingDivisions() {
        return organisation.divisions().stream().filter(Division::active)
                .filter(d -> d.kind() != DivisionKind.OFFICE).toList();
    }

    private int order(String code) {
        return organisation.division(code).map(Division::sortOrder).orElse(Integer.MAX_VALUE);
    }

    private String actor() {
        Authentication auth = identity.getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }

    /** "50,00%": the decimal comma of Vietnamese. */
    static String percent(java.math.BigDecimal rate) {
        return rate.toPlainString().replace('.', ',') + "%";
    }

    /** A deadline moment (the start of the next day) as the day people read: "hết ngày 26/11/2026". */
    private static String until(Instant i) {
        return "hết ngày " + VN_DATE.format(i.minusMillis(1).atZone(AppClock.ZONE));
    }

    private static String moment(Instant i) {
        return i == null ? "" : VN_MOMENT.format(i.atZone(AppClock.ZONE));
    }
}
