package vn.sct.tracker.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.sct.tracker.calendar.CalendarDays;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.deadline.ReportState;

/**
 * The reads behind the reports, counted and sorted by the database: the directives alive in a period
 * classified at the report's moment, the extensions granted, the accountability list one page at a time,
 * the open workload. The classification is the one of {@code ReportStates}, in SQL on the working calendar
 * of {@code calendar_day}:
 * <ul>
 *   <li>the deadline a directive is judged by is the one in force at the moment: the deadline before the
 *       first extension granted after it, if any;</li>
 *   <li>open at the moment (not closed, or closed after it): overdue when its deadline is at most the last
 *       deadline whose 24:00 has passed (a later deadline never ends earlier, so one comparison decides for
 *       every open directive, with no calendar look-up), else within the deadline, and due soon when past
 *       its reminder moment;</li>
 *   <li>closed by the moment: done late when closed at or after 24:00 of its effective deadline, else on time.</li>
 * </ul>
 */
@Repository
public class ReportRepository {

    /** The first extension granted after :asOf of each directive: the deadline it replaced. */
    private static final String LATER = """
            later AS (
              SELECT e.directive_id, e.current_deadline FROM directive_extension e
               WHERE e.status = 'GRANTED' AND e.closed_at >= :asOf
                 AND NOT EXISTS (SELECT 1 FROM directive_extension f
                   WHERE f.directive_id = e.directive_id AND f.status = 'GRANTED' AND f.closed_at >= :asOf
                     AND (f.closed_at < e.closed_at OR (f.closed_at = e.closed_at AND f.id < e.id))))""";

    /**
     * Directives of the period open at :asOf, with the deadline in force then (%1$s: division filter). Those
     * extended after :asOf are read apart (from the few extensions), so the many others need no join.
     */
    private static final String OPEN = """
            open_rows AS (
              SELECT d.id, d.lead_division, d.assignee, d.created_at, d.deadline, 0 AS replaced
              FROM directive d WHERE d.closed_at IS NULL AND d.created_at < :asOf %1$s
                AND NOT EXISTS (SELECT 1 FROM later l WHERE l.directive_id = d.id)
              UNION ALL
              SELECT d.id, d.lead_division, d.assignee, d.created_at, d.deadline, 0
              FROM directive d WHERE d.closed_at > :asOf AND d.created_at < :asOf %1$s
                AND NOT EXISTS (SELECT 1 FROM later l WHERE l.directive_id = d.id)
              UNION ALL
              SELECT d.id, d.lead_division, d.assignee, d.created_at, l.current_deadline, 1
              FROM later l JOIN directive d ON d.id = l.directive_id
              WHERE (d.closed_at IS NULL OR d.closed_at > :asOf) AND d.created_at < :asOf %1$s)""";

    /** Directives closed within [:start, :asOf], with the deadline in force then. */
    private static final String CLOSED = """
            closed_rows AS (
              SELECT d.id, d.lead_division, d.assignee, d.created_at, d.closed_at, d.deadline
              FROM directive d WHERE d.closed_at >= :start AND d.closed_at <= :asOf AND d.created_at < :asOf %1$s
                AND NOT EXISTS (SELECT 1 FROM later l WHERE l.directive_id = d.id)
              UNION ALL
              SELECT d.id, d.lead_division, d.assignee, d.created_at, d.closed_at, l.current_deadline
              FROM later l JOIN directive d ON d.id = l.directive_id
              WHERE d.closed_at >= :start AND d.closed_at <= :asOf AND d.created_at < :asOf %1$s)""";


    private final JdbcClient jdbc;
    private final CalendarDays days;

    public ReportRepository(JdbcClient jdbc, CalendarDays days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    /** The counts of one lead division ({@code null}: not yet assigned) at the report's moment. */
    public record Counts(String division, int total, int carriedOver, int doneOnTime, int doneLate,
                         int openWithinDeadline, int openOverdue, int dueSoon) {
    }

    /** Extensions granted to one division's directives within the period. */
    public record Extensions(String division, int directives, int granted) {
    }

    /** One line of the accountability list before names are looked up. */
    public record LateRow(String id, String summary, String leadDivision, String assignee, LocalDate effectiveDeadline,
                          ReportState state, int workingDaysLate, String processInstanceId, String monthlyReason,
                          String extensionReason) {
    }

    /**
     * The counts per lead division of the directives alive in [start, asOf), classified at asOf. Counted
     * in three index reads that aggregate as they go (open then, closed after it, closed within the
     * period), each by the directive's current deadline; the few directives whose deadline was extended
     * after asOf are then moved to the state of the deadline they had at asOf.
     */
    public List<Counts> counts(Instant start, Instant asOf, String division) {
        String filter = divisionFilter(division);
        String open = """
                SELECT 'O', d.lead_division, COUNT(*),
                  SUM(CASE WHEN d.deadline <= :lastDue THEN 1 ELSE 0 END),
                  SUM(CASE WHEN d.created_at < :start THEN 1 ELSE 0 END),
                  SUM(CASE WHEN d.deadline <= :lastDue AND d.created_at < :start THEN 1 ELSE 0 END)
                FROM directive d WHERE %s AND d.created_at < :asOf %s GROUP BY d.lead_division""";
        String sql = open.formatted("d.closed_at IS NULL", filter) + "\nUNION ALL\n"
                + open.formatted("d.closed_at > :asOf", filter) + """

                UNION ALL
                SELECT 'C', d.lead_division, COUNT(*),
                  SUM(CASE WHEN d.closed_at >= c.overdue_at THEN 1 ELSE 0 END),
                  SUM(CASE WHEN d.created_at < :start THEN 1 ELSE 0 END),
                  SUM(CASE WHEN d.closed_at >= c.overdue_at AND d.created_at < :start THEN 1 ELSE 0 END)
                FROM directive d JOIN calendar_day c ON c.cal_day = d.deadline
                WHERE d.closed_at >= :start AND d.closed_at <= :asOf AND d.created_at < :asOf %s
                GROUP BY d.lead_division""".formatted(filter);
        Map<String, int[]> byDivision = new HashMap<>();
        period(jdbc.sql(sql), start, asOf, division).query(rs -> {
            int[] n = cells(byDivision, rs.getString(2));
            boolean open1 = "O".equals(rs.getString(1));
            int all = rs.getInt(3);
            int late = rs.getInt(4);
            int carried = rs.getInt(5);
            int lateCarried = rs.getInt(6);
            n[TOTAL] += all;
            n[CARRIED] += carried;
            n[open1 ? OPEN_OVERDUE : DONE_LATE] += late;
            n[open1 ? OPEN_WITHIN : DONE_ON_TIME] += all - late;
        });
        // Directives extended after asOf: counted above by the new deadline, judged by the old one.
        String moved = "WITH " + LATER + """

                SELECT d.lead_division,
                  CASE WHEN d.closed_at IS NULL OR d.closed_at > :asOf THEN
                         CASE WHEN d.deadline <= :lastDue THEN 'OPEN_OVERDUE' ELSE 'OPEN_WITHIN_DEADLINE' END
                       WHEN d.closed_at >= cn.overdue_at THEN 'DONE_LATE' ELSE 'DONE_ON_TIME' END,
                  CASE WHEN d.closed_at IS NULL OR d.closed_at > :asOf THEN
                         CASE WHEN l.current_deadline <= :lastDue THEN 'OPEN_OVERDUE' ELSE 'OPEN_WITHIN_DEADLINE' END
                       WHEN d.closed_at >= ct.overdue_at THEN 'DONE_LATE' ELSE 'DONE_ON_TIME' END
                FROM later l JOIN directive d ON d.id = l.directive_id
                JOIN calendar_day cn ON cn.cal_day = d.deadline
                JOIN calendar_day ct ON ct.cal_day = l.current_deadline
                WHERE d.created_at < :asOf AND (d.closed_at IS NULL OR d.closed_at >= :start) %s""".formatted(filter);
        period(jdbc.sql(moved), start, asOf, division).query(rs -> {
            int[] n = cells(byDivision, rs.getString(1));
            n[cell(ReportState.valueOf(rs.getString(2)))]--;
            n[cell(ReportState.valueOf(rs.getString(3)))]++;
        });
        // Due soon: open within the deadline in force (not one replaced later) and past the reminder moment.
        String dueSoon = "WITH " + LATER + """

                SELECT d.lead_division, COUNT(*) FROM directive d
                WHERE d.deadline > :lastDue AND d.created_at < :asOf AND (d.closed_at IS NULL OR d.closed_at > :asOf)
                  AND NOT EXISTS (SELECT 1 FROM later l WHERE l.directive_id = d.id) %s
                  AND (SELECT dd.reminder_at FROM directive_deadline dd WHERE dd.directive_id = d.id) <= :asOf
                GROUP BY d.lead_division""".formatted(filter);
        period(jdbc.sql(dueSoon), start, asOf, division).query(rs -> {
            cells(byDivision, rs.getString(1))[DUE_SOON] += rs.getInt(2);
        });
        List<Counts> counts = new ArrayList<>();
        byDivision.forEach((code, n) -> counts.add(new Counts(NO_DIVISION.equals(code) ? null : code, n[TOTAL],
                n[CARRIED], n[DONE_ON_TIME], n[DONE_LATE], n[OPEN_WITHIN], n[OPEN_OVERDUE], n[DUE_SOON])));
        return counts;
    }

    private static final String NO_DIVISION = "";
    private static final int TOTAL = 0;
    private static final int CARRIED = 1;
    private static final int DONE_ON_TIME = 2;
    private static final int DONE_LATE = 3;
    private static final int OPEN_WITHIN = 4;
    private static final int OPEN_OVERDUE = 5;
    private static final int DUE_SOON = 6;

    private static int[] cells(Map<String, int[]> byDivision, String division) {
        return byDivision.computeIfAbsent(division == null ? NO_DIVISION : division, k -> new int[7]);
    }

    private static int cell(ReportState state) {
        return switch (state) {
            case DONE_ON_TIME -> DONE_ON_TIME;
            case DONE_LATE -> DONE_LATE;
            case OPEN_WITHIN_DEADLINE -> OPEN_WITHIN;
            case OPEN_OVERDUE -> OPEN_OVERDUE;
        };
    }

    /** Extensions granted in [start, asOf) per division: directives extended and extensions granted. */
    public List<Extensions> extensionsGranted(Instant start, Instant asOf) {
        return jdbc.sql("""
                        SELECT lead_division, COUNT(DISTINCT directive_id), COUNT(*) FROM directive_extension
                        WHERE status = 'GRANTED' AND closed_at >= :start AND closed_at < :asOf
                        GROUP BY lead_division""")
                .param("start", ts(start)).param("asOf", ts(asOf))
                .query((rs, i) -> new Extensions(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    /**
     * A page of one division's part of the accountability list: its directives done late or open overdue
     * at asOf, by working days late (most first), then id; with the latest reason given by
     * {@code reasonsUntil}: the division's explanation in a monthly report, and the reason of its latest
     * extension request. The whole list is the divisions' parts one after the other.
     *
     * @param division the lead division, or null for the directives not yet assigned
     * @param states   the late states wanted (DONE_LATE, OPEN_OVERDUE or both)
     * @param limit    at most this many lines; {@code offset} lines skipped first
     */
    public List<LateRow> late(Instant start, Instant asOf, String division, Set<ReportState> states,
                              Instant reasonsUntil, int offset, int limit) {
        String filter = division == null ? "AND d.lead_division IS NULL" : divisionFilter(division);
        List<String> parts = new ArrayList<>();
        if (states.contains(ReportState.OPEN_OVERDUE)) {
            parts.add("""
                    SELECT o.id, o.assignee, 'OPEN_OVERDUE' AS state, :asOfIndex - c.effective_index AS days_late,
                           c.effective_day
                    FROM open_rows o JOIN calendar_day c ON c.cal_day = o.deadline
                    WHERE o.deadline <= :lastDue""");
        }
        if (states.contains(ReportState.DONE_LATE)) {
            parts.add("""
                    SELECT r.id, r.assignee, 'DONE_LATE' AS state,
                           (SELECT u.working_index FROM calendar_day u WHERE u.day_end >= r.closed_at
                             ORDER BY u.day_end FETCH FIRST 1 ROWS ONLY) - c.effective_index AS days_late,
                           c.effective_day
                    FROM closed_rows r JOIN calendar_day c ON c.cal_day = r.deadline
                    WHERE r.closed_at >= c.overdue_at""");
        }
        if (parts.isEmpty() || limit <= 0) {
            return List.of();
        }
        String sql = "WITH " + LATER + ",\n" + OPEN.formatted(filter) + ",\n" + CLOSED.formatted(filter) + """
                , page AS (
                  SELECT * FROM (%s) x ORDER BY days_late DESC, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY
                )
                SELECT p.id, d.source_summary, d.lead_division, p.assignee, p.effective_day, p.state, p.days_late,
                       d.process_instance_id,
                       (SELECT r.reason FROM monthly_report_reason r WHERE r.directive_id = p.id
                          AND r.written_at <= :until ORDER BY r.written_at DESC FETCH FIRST 1 ROWS ONLY),
                       (SELECT e.reason FROM directive_extension e WHERE e.directive_id = p.id
                          AND e.requested_at <= :until ORDER BY e.requested_at DESC FETCH FIRST 1 ROWS ONLY)
                FROM page p JOIN directive d ON d.id = p.id
                ORDER BY p.days_late DESC, p.id""".formatted(String.join("\nUNION ALL\n", parts));
        return period(jdbc.sql(sql), start, asOf, division)
                .param("asOfIndex", days.workingIndex(asOf))
                .param("until", ts(reasonsUntil)).param("offset", offset).param("limit", limit)
                .query(ReportRepository::lateRow)
                .list();
    }

    private static String divisionFilter(String division) {
        return division == null ? "" : "AND d.lead_division = :division";
    }

    private JdbcClient.StatementSpec period(JdbcClient.StatementSpec spec, Instant start, Instant asOf,
                                            String division) {
        spec = spec.param("start", ts(start)).param("asOf", ts(asOf)).param("lastDue", days.lastDue(asOf));
        return division == null ? spec : spec.param("division", division);
    }

    private static LateRow lateRow(ResultSet rs, int i) throws SQLException {
        return new LateRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), ReportState.valueOf(rs.getString(6)), Math.max(0, rs.getInt(7)),
                rs.getString(8), rs.getString(9), rs.getString(10));
    }

    static OffsetDateTime ts(Instant i) {
        return i.atZone(AppClock.ZONE).toOffsetDateTime();
    }
}
