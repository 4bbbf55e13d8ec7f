package vn.sct.tracker.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.Messages;

/** The reads behind the reports: directives with their deadline rows, extensions, explanations. */
@Repository
public class ReportRepository {

    /** A directive with its deadline row, as {@link #row} reads it. */
    private static final String ROWS = """
            SELECT d.id, d.source_summary, d.lead_division, d.assignee, d.deadline, d.status, d.closed_at,
                   d.created_at, d.process_instance_id, dd.effective_deadline, dd.overdue_at, dd.reminder_at
            FROM directive d LEFT JOIN directive_deadline dd ON dd.directive_id = d.id""";

    private final JdbcClient jdbc;

    public ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A directive as the reports need it, with its deadline row joined (one query for the whole period). */
    public record Row(String id, String summary, String leadDivision, String assignee, LocalDate deadline,
                      String status, Instant closedAt, Instant createdAt, String processInstanceId,
                      LocalDate effectiveDeadline, Instant overdueAt, Instant reminderAt) {
    }

    /** A granted extension: when, and the deadline it replaced. */
    public record GrantedExtension(String directiveId, String leadDivision, Instant grantedAt, LocalDate previousDeadline) {
    }

    /**
     * Directives alive during [start, end): registered before the end and not closed before the start.
     *
     * @param division lead division, or null for all
     */
    public List<Row> alive(Instant start, Instant end, String division) {
        String sql = ROWS + " WHERE d.created_at < :end AND (d.closed_at IS NULL OR d.closed_at >= :start)";
        if (division != null) {
            sql += " AND d.lead_division = :division";
        }
        var spec = jdbc.sql(sql + " ORDER BY d.id").param("start", ts(start)).param("end", ts(end));
        if (division != null) {
            spec = spec.param("division", division);
        }
        return spec.query(ReportRepository::row).list();
    }

    /** Open directives now (for workload), with their deadline rows. */
    public List<Row> open(String division) {
        String sql = ROWS + " WHERE d.status <> 'CLOSED'";
        if (division != null) {
            sql += " AND d.lead_division = :division";
        }
        var spec = jdbc.sql(sql + " ORDER BY d.id");
        if (division != null) {
            spec = spec.param("division", division);
        }
        return spec.query(ReportRepository::row).list();
    }

    /** Extensions granted from {@code start} on (the reports need those within the period and those after it). */
    public List<GrantedExtension> grantedSince(Instant start) {
        return jdbc.sql("""
                        SELECT directive_id, lead_division, closed_at, current_deadline FROM directive_extension
                        WHERE status = 'GRANTED' AND closed_at >= :start ORDER BY closed_at""")
                .param("start", ts(start))
                .query((rs, i) -> new GrantedExtension(rs.getString(1), rs.getString(2), instant(rs, 3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /**
     * The reason given for each directive: the latest explanation in a monthly report written by then,
     * else the reason of its latest extension request.
     */
    public Map<String, String> reasons(List<String> directiveIds, Instant until) {
        Map<String, String> reasons = new HashMap<>();
        if (directiveIds.isEmpty()) {
            return reasons;
        }
        jdbc.sql("""
                        SELECT directive_id, reason FROM directive_extension WHERE directive_id IN (:ids)
                          AND requested_at <= :until ORDER BY requested_at""")
                .param("ids", directiveIds).param("until", ts(until))
                .query((rs, i) -> reasons.put(rs.getString(1),
                        Messages.get(Messages.VIETNAMESE, "report.extensionReason", rs.getString(2)))).list();
        jdbc.sql("""
                        SELECT directive_id, reason FROM monthly_report_reason WHERE directive_id IN (:ids)
                          AND written_at <= :until ORDER BY written_at""")
                .param("ids", directiveIds).param("until", ts(until))
                .query((rs, i) -> reasons.put(rs.getString(1), rs.getString(2))).list();
        return reasons;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("source_summary"), rs.getString("lead_division"),
                rs.getString("assignee"), rs.getObject("deadline", LocalDate.class), rs.getString("status"),
                instant(rs, "closed_at"), instant(rs, "created_at"), rs.getString("process_instance_id"),
                rs.getObject("effective_deadline", LocalDate.class), instant(rs, "overdue_at"),
                instant(rs, "reminder_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime ts(Instant i) {
        return i.atZone(AppClock.ZONE).toOffsetDateTime();
    }
}
