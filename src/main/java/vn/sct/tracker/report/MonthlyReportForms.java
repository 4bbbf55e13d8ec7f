package vn.sct.tracker.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * What the monthly report's forms show the person deciding: the figures in words, the late directives,
 * what each division sent. Texts in Vietnamese from the message bundle.
 */
@Component
public class MonthlyReportForms {

    /** Read-only form fields: the figures, the late items, what each division sent. */
    public static final String REPORT_FACTS = "reportFacts";
    public static final String LATE_ITEMS = "lateItems";
    public static final String DIVISION_REPORTS = "divisionReports";


    private final ReportService reports;
    private final MonthlyReports monthly;
    private final OrganisationService organisation;

    public MonthlyReportForms(ReportService reports, MonthlyReports monthly, OrganisationService organisation) {
        this.reports = reports;
        this.monthly = monthly;
        this.organisation = organisation;
    }

    /** A division head's form (and the Office's, when the report came late): its own figures and late items. */
    public Map<String, Object> divisionForm(String id, String division) {
        MonthlyReportRepository.Header h = monthly.header(id);
        DirectiveReport report = reports.report(MonthlyReports.period(h), division);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(REPORT_FACTS, divisionFacts(h, report.divisions().get(0)));
        form.put(LATE_ITEMS, lateItems(report.accountability()));
        form.put(MonthlyExplanations.FIELD, MonthlyExplanations.template(report.accountability()));
        return form;
    }

    /** The Office's form: the whole Department's figures, the late items, what each division sent. */
    public Map<String, Object> compileForm(String id) {
        MonthlyReportRepository.Header h = monthly.header(id);
        DirectiveReport report = reports.report(MonthlyReports.period(h), null);
        return summaryForm(h, report);
    }

    /** The Director's form: the figures as the Office compiled them. */
    public Map<String, Object> approveForm(String id) {
        MonthlyReportRepository.Header h = monthly.header(id);
        return summaryForm(h, monthly.snapshot(h).orElseThrow());
    }

    /** "BC-2029-10 · Phòng Quản lý Công nghiệp · hạn gửi hết ngày 26/11/2029". */
    public String divisionTaskDescription(String id, String division) {
        return text("form.monthly.divisionDescription", id, organisation.divisionName(division),
                VietnameseFormat.until(monthly.header(id).divisionDueAt()));
    }

    public String compileTaskDescription(String id) {
        return text("form.monthly.compileDescription", id, MonthlyReports.period(monthly.header(id)).label());
    }

    public String approveTaskDescription(String id) {
        return text("form.monthly.approveDescription", id, MonthlyReports.period(monthly.header(id)).label());
    }

    private Map<String, Object> summaryForm(MonthlyReportRepository.Header h, DirectiveReport report) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(REPORT_FACTS, compileFacts(h, report));
        form.put(LATE_ITEMS, lateItems(report.accountability()));
        form.put(DIVISION_REPORTS, divisionReports(h.id()));
        return form;
    }

    private static String lateItems(List<AccountabilityItem> late) {
        if (late.isEmpty()) {
            return text("form.monthly.noLateItems");
        }
        StringBuilder s = new StringBuilder();
        for (AccountabilityItem i : late) {
            s.append(text("form.monthly.lateItem", i.directiveId(), i.divisionName(), i.responsibleName(),
                    VietnameseFormat.date(i.deadline()), i.state().label().toLowerCase(VietnameseFormat.VI),
                    i.workingDaysLate(), i.summary(), i.reason() == null || i.reason().isBlank() ? ""
                            : text("form.monthly.lateReason", i.reason()))).append('\n');
        }
        return s.toString();
    }

    private static String divisionFacts(MonthlyReportRepository.Header h, DivisionFigures f) {
        return (f.divisionCode() == null ? "" : text("form.monthly.division", f.divisionName()) + "\n")
                + text("form.monthly.facts", h.id(), MonthlyReports.period(h).label(),
                VietnameseFormat.until(h.divisionDueAt()), VietnameseFormat.moment(AppClock.instant()), f.total(),
                f.carriedOver(), f.received(), f.doneOnTime(), f.doneLate(), f.openWithinDeadline(), f.dueSoon(),
                f.openOverdue(), f.extendedDirectives(), f.extensionsGranted(), f.onTimeRate() == null
                        ? text("form.monthly.noRate") : VietnameseFormat.percent(f.onTimeRate()));
    }

    private static String compileFacts(MonthlyReportRepository.Header h, DirectiveReport r) {
        StringBuilder s = new StringBuilder(divisionFacts(h, r.total())
                .replace(text("form.monthly.figuresUntil"), text("form.monthly.departmentFiguresUntil")));
        for (DivisionFigures f : r.divisions()) {
            if (f.total() > 0) {
                s.append('\n').append(text("form.monthly.divisionLine", f.divisionName(), f.total(), f.doneOnTime(),
                        f.doneLate(), f.openOverdue(), f.onTimeRate() == null ? "—"
                                : VietnameseFormat.percent(f.onTimeRate())));
            }
        }
        return s.toString();
    }

    private String divisionReports(String id) {
        StringBuilder s = new StringBuilder();
        for (MonthlyReportRepository.DivisionPart p : monthly.parts(id)) {
            String when = VietnameseFormat.moment(p.confirmedAt());
            s.append(organisation.divisionName(p.divisionCode())).append(": ")
                    .append(text("form.monthly.part." + p.status().name(), when));
            if (p.figuresNote() != null) {
                s.append(text("form.monthly.figuresNote", p.figuresNote()));
            }
            if (p.explanations() != null) {
                s.append('\n').append(text("form.monthly.explanations", p.explanations().strip().replace("\n", "; ")));
            }
            if (p.programmeTasks() != null) {
                s.append('\n').append(text("form.monthly.programme", p.programmeTasks().strip().replace("\n", "; ")));
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String text(String key, Object... args) {
        return Messages.get(Messages.VIETNAMESE, key, args);
    }
}
