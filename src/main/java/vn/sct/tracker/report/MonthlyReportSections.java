package vn.sct.tracker.report;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.VietnameseFormat;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The parts in words of an exported monthly report: the Office's assessment, which divisions reported
 * and when, the tasks registered for the province's work programme.
 */
@Component
public class MonthlyReportSections {

    private final MonthlyReports monthly;
    private final OrganisationService organisation;

    public MonthlyReportSections(MonthlyReports monthly, OrganisationService organisation) {
        this.monthly = monthly;
        this.organisation = organisation;
    }

    public List<ReportSection> of(MonthlyReportRepository.Header h) {
        List<String> reported = new ArrayList<>();
        List<String> programme = new ArrayList<>();
        for (MonthlyReportRepository.DivisionPart p : monthly.parts(h.id())) {
            String name = organisation.divisionName(p.divisionCode());
            String line = text("export.monthly.part." + p.status().name(), VietnameseFormat.moment(p.confirmedAt()));
            if (p.status() == DivisionReportStatus.CONFIRMED || p.status() == DivisionReportStatus.QUESTIONED) {
                line += p.figuresNote() == null ? "" : text("export.monthly.figuresNote", p.figuresNote());
            }
            reported.add(name + ": " + line);
            if (p.programmeTasks() != null) {
                for (String task : p.programmeTasks().split("\\R")) {
                    if (!task.isBlank()) {
                        programme.add(name + ": " + task.strip());
                    }
                }
            }
        }
        List<ReportSection> sections = new ArrayList<>();
        if (h.officeSummary() != null) {
            sections.add(new ReportSection(text("export.monthly.assessment"), List.of(h.officeSummary().split("\\R"))));
        }
        sections.add(new ReportSection(text("export.monthly.reporting"), reported));
        sections.add(new ReportSection(text("export.monthly.programme"),
                programme.isEmpty() ? List.of(text("export.monthly.noProgramme")) : programme));
        return sections;
    }

    private static String text(String key, Object... args) {
        return Messages.get(Messages.VIETNAMESE, key, args);
    }
}
