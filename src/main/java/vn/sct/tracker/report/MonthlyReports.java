package vn.sct.tracker.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.Actor;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.NotFoundException;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.notification.MailProperties;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.organisation.Division;
import vn.sct.tracker.organisation.DivisionKind;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The monthly report (báo cáo tháng): each month divisions review their progress and report it to the
 * Office with their explanations of late directives and the tasks they register for the province's work
 * programme; the Office compiles; the Director approves; the approved figures are kept unchanged.
 */
@Service("monthlyReports")
@Transactional
public class MonthlyReports {

    private final ReportService reports;
    private final MonthlyReportRepository repository;
    private final OrganisationService organisation;
    private final WorkingCalendar calendar;
    private final Notifier notifier;
    private final ObjectMapper json;
    private final ReportProperties properties;
    private final MailProperties mail;

    public MonthlyReports(ReportService reports, MonthlyReportRepository repository, OrganisationService organisation,
                          WorkingCalendar calendar, Notifier notifier, ObjectMapper json, ReportProperties properties,
                          MailProperties mail) {
        this.reports = reports;
        this.repository = repository;
        this.organisation = organisation;
        this.calendar = calendar;
        this.notifier = notifier;
        this.json = json;
        this.properties = properties;
        this.mail = mail;
    }

    /** A period as it was opened: its id, whether it was open already, when divisions must have reported. */
    public record Opened(String id, boolean alreadyOpen, Instant divisionDueAt) {
    }

    /** The id of the report of a month: {@code BC-2026-11}. */
    public static String reportId(YearMonth month) {
        return "BC-%d-%02d".formatted(month.getYear(), month.getMonthValue());
    }

    /** Opens the report of a month, unless it is open already. */
    public Opened open(YearMonth month, String processInstanceId) {
        requireReportable(month);
        String id = reportId(month);
        if (repository.exists(id)) {
            return new Opened(id, true, null);
        }
        LocalDate due = calendar.addWorkingDays(AppClock.today(), properties.monthly().divisionDays());
        Instant dueAt = calendar.deadlineInstant(due);
        repository.insert(id, ReportPeriod.month(month), dueAt, processInstanceId,
                reportingDivisions().stream().map(Division::code).toList());
        return new Opened(id, false, dueAt);
    }

    /**
     * Whether the Office may open the report of a month by hand (a month the timer missed, or before the
     * day): not a month still to come, not one opened already.
     */
    @Transactional(readOnly = true)
    public String checkOpenable(YearMonth month) {
        if (month == null) {
            throw new ValidationException("month", "reason.monthly.monthRequired");
        }
        requireReportable(month);
        String id = reportId(month);
        if (repository.exists(id)) {
            throw new ValidationException("month", "reason.monthly.alreadyOpen", id);
        }
        return id;
    }

    /** A report covers a month from the product's first month to the current month. */
    private void requireReportable(YearMonth month) {
        if (month.isAfter(YearMonth.from(AppClock.today()))) {
            throw new ValidationException("month", "reason.monthly.notYet", month.getMonthValue(), month.getYear());
        }
        YearMonth first = firstMonth();
        if (month.isBefore(first)) {
            throw new ValidationException("month", "reason.monthly.beforeStart", first.getMonthValue(), first.getYear());
        }
    }

    /** The first month a report may be opened for: the setting, else the month the product was installed. */
    @Transactional(readOnly = true)
    public YearMonth firstMonth() {
        if (properties.monthly().firstReportMonth() != null) {
            return properties.monthly().firstReportMonth();
        }
        return repository.installedAt().map(i -> YearMonth.from(AppClock.day(i)))
                .orElseGet(() -> YearMonth.from(AppClock.today()));
    }

    /** The divisions that report, in the organisation's order. */
    @Transactional(readOnly = true)
    public List<String> divisions(String reportId) {
        return repository.divisions(reportId).stream().map(MonthlyReportRepository.DivisionPart::divisionCode)
                .sorted(Comparator.comparingInt(this::order)).toList();
    }

    /**
     * A division's report: figures confirmed (or what is wrong with them said), every late directive
     * explained, tasks for the province's programme registered.
     */
    public void divisionReported(String id, String division, DivisionReportStatus status, boolean confirmed,
                                 String figuresNote, String explanations, String programmeTasks, String actor) {
        String note = Text.field("figuresNote", figuresNote, 4000);
        if (!confirmed && note == null) {
            throw new ValidationException("figuresConfirmed", "reason.monthly.confirmOrQuestion");
        }
        MonthlyReportRepository.Header header = header(id);
        DirectiveReport report = reports.report(period(header), division);
        String text = Text.field("explanations", explanations, 8000);
        Map<String, String> reasons = MonthlyExplanations.parse(text, report.accountability());
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            repository.saveReason(id, e.getKey(), division, e.getValue(), actor);
        }
        repository.divisionReported(id, division, status, actor, note, text,
                Text.field("programmeTasks", programmeTasks, 8000));
    }

    /** The Office, after the deadline, records that a division never reported. */
    public void divisionMissed(String id, String division, String actor) {
        repository.divisionMissed(id, division, actor);
    }

    /** Gateway: did the Office receive the late report? */
    @Transactional(readOnly = true)
    public boolean lateReceived(String reportId, String division) {
        return repository.division(reportId, division)
                .map(p -> p.status() == DivisionReportStatus.LATE_ENTERED).orElse(false);
    }

    /** A division's deadline passed without its report: the Office and the head are told. */
    public void escalateMissing(String id, String division) {
        repository.divisionEscalated(id, division);
        notifier.send(List.of(Actor.group(organisation.officeGroup()), Actor.group(organisation.headGroup(division))),
                text("mail.monthly.missing.subject", id, organisation.divisionName(division)),
                text("mail.monthly.missing.body", VietnameseFormat.until(header(id).divisionDueAt()),
                        organisation.divisionName(division)));
    }

    /** The Office compiles: its assessment, the document number, and the figures as of now, kept. */
    public void compiled(String id, String actor, String summary, String documentNumber) {
        String assessment = Text.field("officeSummary", summary, 8000);
        String number = Text.line("documentNumber", documentNumber, 100);
        if (assessment == null) {
            throw new ValidationException("officeSummary", "reason.requiredShort");
        }
        DirectiveReport report = reports.report(period(header(id)), null);
        try {
            repository.compiled(id, actor, assessment, number, json.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the figures of " + id, e);
        }
    }

    /** The Director approves, or returns it to the Office with a comment; returns whether approved. */
    public boolean directorDecided(String id, String actor, String decision, String comment) {
        MonthlyDecision choice = MonthlyDecision.parse(decision).orElseThrow(() ->
                new ValidationException("decision", "reason.monthly.approveOrReturn"));
        String c = Text.field("comment", comment, 4000);
        if (choice == MonthlyDecision.RETURN && c == null) {
            throw new ValidationException("comment", "reason.commentWhenReturning");
        }
        boolean approved = choice == MonthlyDecision.APPROVE;
        repository.directorDecided(id, approved, actor, c);
        return approved;
    }

    /** The approved report is final; the Office is told where to download it. */
    public void store(String id) {
        repository.status(id, MonthlyReportStatus.APPROVED);
        notifier.send(List.of(Actor.group(organisation.officeGroup())), text("mail.monthly.approved.subject", id),
                text("mail.monthly.approved.body", period(header(id)).label(), mail.baseUrl(), id));
    }

    @Transactional(readOnly = true)
    public MonthlyReportRepository.Header header(String id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("notFound.monthlyReport", id));
    }

    /** The figures the Office compiled (and the Director approved), as they were then. */
    public Optional<DirectiveReport> snapshot(MonthlyReportRepository.Header header) {
        if (header.figuresJson() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(header.figuresJson(), DirectiveReport.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the figures of " + header.id(), e);
        }
    }

    /** The divisions' parts in the organisation's order. */
    @Transactional(readOnly = true)
    public List<MonthlyReportRepository.DivisionPart> parts(String id) {
        return repository.divisions(id).stream().sorted(Comparator.comparingInt(p -> order(p.divisionCode()))).toList();
    }

    static ReportPeriod period(MonthlyReportRepository.Header h) {
        return new ReportPeriod(h.periodFrom(), h.periodTo());
    }

    /** The divisions that report to the Office: every active one but the Office itself. */
    private List<Division> reportingDivisions() {
        return organisation.divisions().stream().filter(Division::active)
                .filter(d -> d.kind() != DivisionKind.OFFICE).toList();
    }

    private int order(String code) {
        return organisation.division(code).map(Division::sortOrder).orElse(Integer.MAX_VALUE);
    }

    private static String text(String key, Object... args) {
        return Messages.get(Messages.VIETNAMESE, key, args);
    }
}
