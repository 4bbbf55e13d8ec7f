package vn.sct.tracker.report;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.sct.tracker.calendar.CalendarDays;

/** The work open now, counted in the database: per lead division and assignee, due soon, overdue. */
@Repository
public class WorkloadRepository {

    private final JdbcClient jdbc;
    private final CalendarDays days;

    public WorkloadRepository(JdbcClient jdbc, CalendarDays days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    /** Open directives of one division and one assignee ({@code null}: nobody chosen yet). */
    public record Open(String division, String assignee, int open, int dueSoon, int overdue) {
    }

    /** The open directives now per lead division and assignee, with how many are due soon and overdue. */
    public List<Open> open(Instant now, String division) {
        String sql = """
                SELECT d.lead_division, d.assignee, COUNT(*),
                  SUM(CASE WHEN d.deadline > :lastDue AND (SELECT dd.reminder_at FROM directive_deadline dd
                        WHERE dd.directive_id = d.id) <= :now THEN 1 ELSE 0 END),
                  SUM(CASE WHEN d.deadline <= :lastDue THEN 1 ELSE 0 END)
                FROM directive d
                WHERE d.closed_at IS NULL AND d.lead_division IS NOT NULL""";
        if (division != null) {
            sql += " AND d.lead_division = :division";
        }
        var spec = jdbc.sql(sql + " GROUP BY d.lead_division, d.assignee").param("now", ReportRepository.ts(now))
                .param("lastDue", days.lastDue(now));
        if (division != null) {
            spec = spec.param("division", division);
        }
        return spec.query((rs, i) -> new Open(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                rs.getInt(5))).list();
    }
}
