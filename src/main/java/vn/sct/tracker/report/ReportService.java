package vn.sct.tracker.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.deadline.DeadlineState;
import vn.sct.tracker.deadline.ReportStates;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.deadline.ReportState;
import vn.sct.tracker.organisation.Division;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The figures the Office reports, computed from the directive records (never typed in): for a period
 * and optionally one division, every directive alive during the period classified at the report's
 * moment as the national tracking system does, extensions counted, the on-time rate against the 100%
 * target, and the accountability list; plus the open workload per division and person.
 * <p>Past periods are reproducible: a directive closed after the period counts as open at its end, and
 * an extension granted after the period does not move the deadline the period is judged by.
 */
@Service("reports")
public class ReportService {

    /** Row of directives not yet given a lead division (registered, waiting for the Director). */
    public static final String UNASSIGNED = "CHUA_GIAO";
    static final String UNASSIGNED_NAME = Messages.get(Messages.VIETNAMESE, "report.unassigned");
    static final String TOTAL_NAME = Messages.get(Messages.VIETNAMESE, "report.total");

    private final ReportRepository repository;
    private final OrganisationService organisation;
    private final WorkingCalendar calendar;
    private final ReportStates states;

    public ReportService(ReportRepository repository, OrganisationService organisation, WorkingCalendar calendar,
                         ReportStates states) {
        this.repository = repository;
        this.organisation = organisation;
        this.calendar = calendar;
        this.states = states;
    }

    /** Where one directive stood at the report's moment. */
    private record Classified(ReportRepository.Row row, boolean carriedOver, ReportState state, boolean dueSoon,
                              LocalDate effectiveDeadline, int workingDaysLate) {
    }

    /** The report of a period, at the end of the period or now, whichever is earlier. */
    public DirectiveReport report(ReportPeriod period, String divisionCode) {
        Instant start = period.from().atStartOfDay(AppClock.ZONE).toInstant();
        Instant end = period.to().plusDays(1).atStartOfDay(AppClock.ZONE).toInstant();
        Instant now = AppClock.now().toInstant();
        Instant asOf = now.isBefore(end) ? now : end;

        List<ReportRepository.Row> rows = repository.alive(start, asOf, divisionCode);
        List<ReportRepository.GrantedExtension> extensions = repository.grantedSince(start);
        Map<String, LocalDate> deadlineAtAsOf = new HashMap<>();
        Map<String, Integer> grantedInPeriod = new HashMap<>();
        Map<String, Set<String>> extendedByDivision = new HashMap<>();
        for (ReportRepository.GrantedExtension e : extensions) {
            if (e.grantedAt().isBefore(asOf)) {
                grantedInPeriod.merge(e.leadDivision(), 1, Integer::sum);
                extendedByDivision.computeIfAbsent(e.leadDivision(), k -> new HashSet<>()).add(e.directiveId());
            } else {
                // The first extension granted after the report's moment tells the deadline in force at it.
                deadlineAtAsOf.putIfAbsent(e.directiveId(), e.previousDeadline());
            }
        }

        Map<String, List<Classified>> byDivision = new LinkedHashMap<>();
        for (ReportRepository.Row row : rows) {
            Classified c = classify(row, start, asOf, deadlineAtAsOf.get(row.id()));
            byDivision.computeIfAbsent(row.leadDivision() == null ? UNASSIGNED : row.leadDivision(),
                    k -> new ArrayList<>()).add(c);
        }

        List<DivisionFigures> figures = new ArrayList<>();
        for (Division d : organisation.divisions()) {
            if (divisionCode != null && !divisionCode.equals(d.code())) {
                continue;
            }
            figures.add(figures(d.code(), d.name(), byDivision.getOrDefault(d.code(), List.of()),
                    extendedByDivision.getOrDefault(d.code(), Set.of()).size(), grantedInPeriod.getOrDefault(d.code(), 0)));
        }
        if (byDivision.containsKey(UNASSIGNED)) {
            figures.add(figures(UNASSIGNED, UNASSIGNED_NAME, byDivision.get(UNASSIGNED), 0, 0));
        }
        DivisionFigures total = total(figures);

        List<Classified> late = byDivision.values().stream().flatMap(List::stream)
                .filter(c -> c.state() == ReportState.DONE_LATE || c.state() == ReportState.OPEN_OVERDUE).toList();
        Map<String, String> reasons = repository.reasons(late.stream().map(c -> c.row().id()).toList(), now);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            order.put(figures.get(i).divisionCode(), i);
        }
        People people = new People();
        List<AccountabilityItem> accountability = late.stream()
                .sorted(Comparator.<Classified>comparingInt(c -> order.getOrDefault(division(c.row()), 999))
                        .thenComparing(Comparator.comparingInt(Classified::workingDaysLate).reversed())
                        .thenComparing(c -> c.row().id()))
                .map(c -> item(c, reasons.getOrDefault(c.row().id(), ""), people))
                .toList();
        return new DirectiveReport(period, asOf.atZone(AppClock.ZONE).toOffsetDateTime(), figures, total, accountability);
    }

    /** Open work now per division (rows with userId null) and per person holding directives. */
    public List<WorkloadRow> workload(String divisionCode) {
        Instant now = AppClock.now().toInstant();
        List<ReportRepository.Row> open = repository.open(divisionCode);
        List<WorkloadRow> rows = new ArrayList<>();
        People people = new People();
        for (Division d : organisation.divisions()) {
            if (divisionCode != null && !divisionCode.equals(d.code())) {
                continue;
            }
            List<Classified> mine = open.stream().filter(r -> d.code().equals(r.leadDivision()))
                    .map(r -> classify(r, Instant.MIN, now, null)).toList();
            rows.add(workloadRow(d, null, mine, people));
            Map<String, List<Classified>> byPerson = new LinkedHashMap<>();
            for (Classified c : mine) {
                String person = people.responsible(c.row());
                if (person != null) {
                    byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(c);
                }
            }
            byPerson.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> rows.add(workloadRow(d, e.getKey(), e.getValue(), people)));
        }
        return rows;
    }

    private WorkloadRow workloadRow(Division d, String user, List<Classified> items, People people) {
        int overdue = (int) items.stream().filter(c -> c.state() == ReportState.OPEN_OVERDUE).count();
        int dueSoon = (int) items.stream().filter(Classified::dueSoon).count();
        return new WorkloadRow(d.code(), d.name(), user, user == null ? null : people.name(user), items.size(), dueSoon,
                overdue);
    }

    private Classified classify(ReportRepository.Row row, Instant start, Instant asOf, LocalDate deadlineThen) {
        boolean current = deadlineThen == null;
        LocalDate effective = current && row.effectiveDeadline() != null ? row.effectiveDeadline()
                : states.effectiveDeadline(current ? row.deadline() : deadlineThen);
        DeadlineState s = states.classify(effective, calendar.deadlineInstant(effective), row.closedAt(),
                current ? row.reminderAt() : null, asOf);
        return new Classified(row, row.createdAt().isBefore(start), s.reportState(), s.dueSoon(), effective,
                s.workingDaysLate());
    }

    private static DivisionFigures figures(String code, String name, List<Classified> items, int extended, int granted) {
        int carried = (int) items.stream().filter(Classified::carriedOver).count();
        return new DivisionFigures(code, name, carried, items.size() - carried, items.size(),
                count(items, ReportState.DONE_ON_TIME), count(items, ReportState.DONE_LATE),
                count(items, ReportState.OPEN_WITHIN_DEADLINE), count(items, ReportState.OPEN_OVERDUE),
                (int) items.stream().filter(Classified::dueSoon).count(), extended, granted,
                rate(count(items, ReportState.DONE_ON_TIME), count(items, ReportState.DONE_LATE),
                        count(items, ReportState.OPEN_OVERDUE)));
    }

    private static DivisionFigures total(List<DivisionFigures> rows) {
        int onTime = rows.stream().mapToInt(DivisionFigures::doneOnTime).sum();
        int doneLate = rows.stream().mapToInt(DivisionFigures::doneLate).sum();
        int overdue = rows.stream().mapToInt(DivisionFigures::openOverdue).sum();
        return new DivisionFigures(null, TOTAL_NAME, rows.stream().mapToInt(DivisionFigures::carriedOver).sum(),
                rows.stream().mapToInt(DivisionFigures::received).sum(), rows.stream().mapToInt(DivisionFigures::total).sum(),
                onTime, doneLate, rows.stream().mapToInt(DivisionFigures::openWithinDeadline).sum(), overdue,
                rows.stream().mapToInt(DivisionFigures::dueSoon).sum(),
                rows.stream().mapToInt(DivisionFigures::extendedDirectives).sum(),
                rows.stream().mapToInt(DivisionFigures::extensionsGranted).sum(), rate(onTime, doneLate, overdue));
    }

    /** Done on time over everything that has fallen due (done, or open past its deadline), in percent. */
    static BigDecimal rate(int onTime, int doneLate, int openOverdue) {
        int due = onTime + doneLate + openOverdue;
        if (due == 0) {
            return null;
        }
        return BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(due), 2, RoundingMode.HALF_UP);
    }

    private static int count(List<Classified> items, ReportState state) {
        return (int) items.stream().filter(c -> c.state() == state).count();
    }

    private AccountabilityItem item(Classified c, String reason, People people) {
        ReportRepository.Row r = c.row();
        String division = division(r);
        String responsible = people.responsible(r);
        return new AccountabilityItem(r.id(), r.summary(), division, people.division(division), responsible,
                responsible == null ? "" : people.name(responsible), c.effectiveDeadline(), c.state(),
                c.workingDaysLate(), r.processInstanceId(), reason);
    }

    /** Names looked up once per report, not once per directive (a report may list thousands). */
    private final class People {
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, String> heads = new HashMap<>();
        private final Map<String, String> divisions = new HashMap<>();

        String name(String userId) {
            return names.computeIfAbsent(userId, ReportService.this::name);
        }

        String division(String code) {
            return divisions.computeIfAbsent(code, c -> UNASSIGNED.equals(c) ? UNASSIGNED_NAME : organisation.divisionName(c));
        }

        String responsible(ReportRepository.Row r) {
            if (r.assignee() != null || r.leadDivision() == null) {
                return r.assignee();
            }
            return heads.computeIfAbsent(r.leadDivision(), d -> ReportService.this.responsible(r));
        }
    }

    private static String division(ReportRepository.Row r) {
        return r.leadDivision() == null ? UNASSIGNED : r.leadDivision();
    }

    /** The specialist handling it; before one is chosen, the division's head. */
    private String responsible(ReportRepository.Row r) {
        if (r.assignee() != null) {
            return r.assignee();
        }
        if (r.leadDivision() == null) {
            return null;
        }
        List<User> heads = organisation.members(organisation.headGroup(r.leadDivision()));
        return heads.isEmpty() ? null : heads.get(0).getId();
    }

    private String name(String userId) {
        return organisation.displayName(userId);
    }
}
