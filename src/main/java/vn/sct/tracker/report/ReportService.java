package vn.sct.tracker.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.deadline.ReportState;
import vn.sct.tracker.organisation.Division;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The figures the Office reports, computed from the directive records (never typed in): for a period
 * and optionally one division, every directive alive during the period classified at the report's
 * moment as the national tracking system does, extensions counted, the on-time rate against the 100%
 * target, and the accountability list; plus the open workload per division and person. The database
 * counts and sorts ({@link ReportRepository}); this class only assembles the rows and names the people.
 * <p>Past periods are reproducible: a directive closed after the period counts as open at its end, and
 * an extension granted after the period does not move the deadline the period is judged by.
 */
@Service("reports")
public class ReportService {

    /** Row of directives not yet given a lead division (registered, waiting for the Director). */
    public static final String UNASSIGNED = "CHUA_GIAO";
    static final String UNASSIGNED_NAME = Messages.get(Messages.VIETNAMESE, "report.unassigned");
    static final String TOTAL_NAME = Messages.get(Messages.VIETNAMESE, "report.total");

    /** Every line of the accountability list (documents: exports, the monthly report). */
    public static final int ALL = Integer.MAX_VALUE;

    private static final Set<ReportState> LATE = EnumSet.of(ReportState.DONE_LATE, ReportState.OPEN_OVERDUE);

    private final ReportRepository repository;
    private final WorkloadRepository openWork;
    private final OrganisationService organisation;

    public ReportService(ReportRepository repository, WorkloadRepository workload, OrganisationService organisation) {
        this.repository = repository;
        this.openWork = workload;
        this.organisation = organisation;
    }

    /** The report of a period with its whole accountability list. */
    public DirectiveReport report(ReportPeriod period, String divisionCode) {
        return report(period, divisionCode, 0, ALL);
    }

    /**
     * The report of a period, at the end of the period or now, whichever is earlier, with one page of its
     * accountability list ({@code lateLimit} lines from {@code lateOffset}) and the number of lines in all.
     */
    public DirectiveReport report(ReportPeriod period, String divisionCode, int lateOffset, int lateLimit) {
        Moments m = moments(period);
        return assemble(period, divisionCode, m, repository.counts(m.start(), m.asOf(), divisionCode), lateOffset,
                lateLimit);
    }

    /** The whole Department's figures of a period and its first {@code overdueLimit} open overdue directives. */
    public Overview overview(ReportPeriod period, int overdueLimit) {
        Moments m = moments(period);
        List<ReportRepository.Counts> counts = repository.counts(m.start(), m.asOf(), null);
        return new Overview(assemble(period, null, m, counts, 0, 0), page(m, slices(counts,
                ReportRepository.Counts::openOverdue), EnumSet.of(ReportState.OPEN_OVERDUE), 0, overdueLimit));
    }

    /** A report without its accountability list, and the first directives open past their deadline. */
    public record Overview(DirectiveReport report, List<AccountabilityItem> overdue) {
    }

    private DirectiveReport assemble(ReportPeriod period, String divisionCode, Moments m,
                                     List<ReportRepository.Counts> counts, int lateOffset, int lateLimit) {
        Map<String, ReportRepository.Counts> byDivision = new HashMap<>();
        for (ReportRepository.Counts c : counts) {
            byDivision.put(c.division() == null ? UNASSIGNED : c.division(), c);
        }
        Map<String, ReportRepository.Extensions> extensions = new HashMap<>();
        for (ReportRepository.Extensions e : repository.extensionsGranted(m.start(), m.asOf())) {
            extensions.put(e.division(), e);
        }
        List<DivisionFigures> figures = new ArrayList<>();
        for (Division d : organisation.divisions()) {
            if (divisionCode == null || divisionCode.equals(d.code())) {
                figures.add(figures(d.code(), d.name(), byDivision.get(d.code()), extensions.get(d.code())));
            }
        }
        if (byDivision.containsKey(UNASSIGNED)) {
            figures.add(figures(UNASSIGNED, UNASSIGNED_NAME, byDivision.get(UNASSIGNED), null));
        }
        List<Slice> slices = slices(counts, c -> c.doneLate() + c.openOverdue());
        int late = slices.stream().mapToInt(Slice::lines).sum();
        return new DirectiveReport(period, m.asOf().atZone(AppClock.ZONE).toOffsetDateTime(), figures, total(figures),
                page(m, slices, LATE, lateOffset, lateLimit), late);
    }

    /** The directives of a period open past their deadline at its moment, most late first within each division. */
    public List<AccountabilityItem> overdue(ReportPeriod period, String divisionCode, int offset, int limit) {
        Moments m = moments(period);
        return page(m, slices(repository.counts(m.start(), m.asOf(), divisionCode), ReportRepository.Counts::openOverdue),
                EnumSet.of(ReportState.OPEN_OVERDUE), offset, limit);
    }

    /** One division's part of the accountability list ({@code division} null: not yet assigned). */
    private record Slice(String division, int lines) {
    }

    /**
     * The divisions' parts of the list in the report's order: the organisation's divisions, then the
     * directives not yet assigned, then divisions no longer active (by code).
     */
    private List<Slice> slices(List<ReportRepository.Counts> counts, ToIntFunction<ReportRepository.Counts> lines) {
        Map<String, Integer> order = new HashMap<>();
        List<Division> divisions = organisation.divisions();
        for (int i = 0; i < divisions.size(); i++) {
            order.put(divisions.get(i).code(), i);
        }
        return counts.stream().filter(c -> lines.applyAsInt(c) > 0)
                .sorted(Comparator.<ReportRepository.Counts>comparingInt(c -> c.division() == null ? order.size()
                                : order.getOrDefault(c.division(), order.size() + 1))
                        .thenComparing(c -> c.division() == null ? "" : c.division()))
                .map(c -> new Slice(c.division(), lines.applyAsInt(c))).toList();
    }

    /** Lines [offset, offset + limit) of the list: only the divisions that page falls in are read. */
    private List<AccountabilityItem> page(Moments m, List<Slice> slices, Set<ReportState> states, int offset,
                                          int limit) {
        List<ReportRepository.LateRow> rows = new ArrayList<>();
        int skip = offset;
        for (Slice slice : slices) {
            if (rows.size() >= limit) {
                break;
            }
            if (skip >= slice.lines()) {
                skip -= slice.lines();
                continue;
            }
            rows.addAll(repository.late(m.start(), m.asOf(), slice.division(), states, m.now(), skip,
                    Math.min(limit - rows.size(), slice.lines() - skip)));
            skip = 0;
        }
        return items(rows);
    }

    /** Open work now per division (rows with userId null) and per person holding directives. */
    public List<WorkloadRow> workload(String divisionCode) {
        Map<String, List<WorkloadRepository.Open>> byDivision = new HashMap<>();
        for (WorkloadRepository.Open o : openWork.open(AppClock.instant(), divisionCode)) {
            byDivision.computeIfAbsent(o.division(), k -> new ArrayList<>()).add(o);
        }
        People people = new People();
        List<WorkloadRow> rows = new ArrayList<>();
        for (Division d : organisation.divisions()) {
            if (divisionCode != null && !divisionCode.equals(d.code())) {
                continue;
            }
            List<WorkloadRepository.Open> mine = byDivision.getOrDefault(d.code(), List.of());
            rows.add(new WorkloadRow(d.code(), d.name(), null, null, sum(mine, WorkloadRepository.Open::open),
                    sum(mine, WorkloadRepository.Open::dueSoon), sum(mine, WorkloadRepository.Open::overdue)));
            Map<String, int[]> byPerson = new TreeMap<>();
            for (WorkloadRepository.Open o : mine) {
                String person = people.responsible(d.code(), o.assignee());
                if (person != null) {
                    int[] n = byPerson.computeIfAbsent(person, k -> new int[3]);
                    n[0] += o.open();
                    n[1] += o.dueSoon();
                    n[2] += o.overdue();
                }
            }
            byPerson.forEach((person, n) -> rows.add(new WorkloadRow(d.code(), d.name(), person, people.name(person),
                    n[0], n[1], n[2])));
        }
        return rows;
    }

    /** The start of a period, its moment (its end, or now if earlier) and now. */
    private record Moments(Instant start, Instant asOf, Instant now) {
    }

    private static Moments moments(ReportPeriod period) {
        Instant start = period.from().atStartOfDay(AppClock.ZONE).toInstant();
        Instant end = period.to().plusDays(1).atStartOfDay(AppClock.ZONE).toInstant();
        Instant now = AppClock.instant();
        return new Moments(start, now.isBefore(end) ? now : end, now);
    }

    private List<AccountabilityItem> items(List<ReportRepository.LateRow> rows) {
        People people = new People();
        List<AccountabilityItem> items = new ArrayList<>(rows.size());
        for (ReportRepository.LateRow r : rows) {
            String division = r.leadDivision() == null ? UNASSIGNED : r.leadDivision();
            String responsible = people.responsible(r.leadDivision(), r.assignee());
            String reason = r.monthlyReason() != null ? r.monthlyReason() : r.extensionReason() == null ? ""
                    : Messages.get(Messages.VIETNAMESE, "report.extensionReason", r.extensionReason());
            items.add(new AccountabilityItem(r.id(), r.summary(), division, people.division(division), responsible,
                    responsible == null ? "" : people.name(responsible), r.effectiveDeadline(), r.state(),
                    r.workingDaysLate(), r.processInstanceId(), reason));
        }
        return items;
    }

    private static DivisionFigures figures(String code, String name, ReportRepository.Counts c,
                                           ReportRepository.Extensions e) {
        if (c == null) {
            c = new ReportRepository.Counts(code, 0, 0, 0, 0, 0, 0, 0);
        }
        return new DivisionFigures(code, name, c.carriedOver(), c.total() - c.carriedOver(), c.total(),
                c.doneOnTime(), c.doneLate(), c.openWithinDeadline(), c.openOverdue(), c.dueSoon(),
                e == null ? 0 : e.directives(), e == null ? 0 : e.granted(),
                rate(c.doneOnTime(), c.doneLate(), c.openOverdue()));
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

    private static int sum(List<WorkloadRepository.Open> rows, ToIntFunction<WorkloadRepository.Open> field) {
        return rows.stream().mapToInt(field).sum();
    }

    /** Names looked up once per report, not once per directive (a report may list thousands). */
    private final class People {
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, Optional<String>> heads = new HashMap<>();
        private final Map<String, String> divisions = new HashMap<>();

        String name(String userId) {
            return names.computeIfAbsent(userId, organisation::displayName);
        }

        String division(String code) {
            return divisions.computeIfAbsent(code, c -> UNASSIGNED.equals(c) ? UNASSIGNED_NAME : organisation.divisionName(c));
        }

        /** The specialist handling it; before one is chosen, the division's head. */
        String responsible(String division, String assignee) {
            if (assignee != null || division == null) {
                return assignee;
            }
            return heads.computeIfAbsent(division, d -> organisation.members(organisation.headGroup(d)).stream()
                    .findFirst().map(User::getId)).orElse(null);
        }
    }
}
