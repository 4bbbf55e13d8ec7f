package vn.sct.tracker.deadline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.sct.tracker.calendar.CalendarDays;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveRepository;
import vn.sct.tracker.directive.DirectiveStatus;

/**
 * Lists of directive records, newest first, filtered, restricted to what the caller may read and paged by
 * the database: status, lead division, report state now (on the working calendar of {@code calendar_day},
 * as {@link ReportStates} classifies), the caller's divisions (those it leads or coordinates), and a
 * cursor (the last directive of the previous page). Each directive comes with its deadline row.
 */
@Repository
public class DirectiveList {

    private static final String DIRECTIVE_COLUMNS = Arrays.stream(DirectiveRepository.COLUMNS.split(","))
            .map(c -> "d." + c.strip()).collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final CalendarDays days;

    public DirectiveList(JdbcClient jdbc, CalendarDays days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    /**
     * What to list.
     *
     * @param status       the lifecycle status, or null for any
     * @param leadDivision the lead division's code, or null for any
     * @param state        the report state now, or null for any
     * @param readable     the divisions whose directives (led or coordinated) the caller may read; null: all
     * @param before       the id of the last directive of the previous page, or null for the first page
     * @param limit        at most this many
     */
    public record Query(DirectiveStatus status, String leadDivision, ReportState state, List<String> readable,
                        String before, int limit) {
    }

    /** A directive with its deadline row. */
    public record Listed(Directive directive, Optional<DeadlineRecord> deadline) {
    }

    public List<Listed> find(Query q) {
        if (q.readable() != null && q.readable().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT " + DIRECTIVE_COLUMNS + ", " + DeadlineRepository.JOINED_COLUMNS
                + " FROM directive d LEFT JOIN directive_deadline dd ON dd.directive_id = d.id");
        if (q.state() == ReportState.DONE_ON_TIME || q.state() == ReportState.DONE_LATE) {
            sql.append(" JOIN calendar_day c ON c.cal_day = d.deadline");
        }
        sql.append(" WHERE 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (q.status() != null) {
            sql.append(" AND d.status = :status");
            params.add(new Object[] {"status", q.status().name()});
        }
        if (q.leadDivision() != null) {
            sql.append(" AND d.lead_division = :lead");
            params.add(new Object[] {"lead", q.leadDivision()});
        }
        if (q.state() != null) {
            Instant now = AppClock.instant();
            sql.append(" AND ").append(statePredicate(q.state()));
            params.add(new Object[] {"now", ts(now)});
            params.add(new Object[] {"lastDue", days.lastDue(now)});
        }
        if (q.readable() != null) {
            sql.append(" AND (d.lead_division IN (:mine)");
            params.add(new Object[] {"mine", q.readable()});
            for (int i = 0; i < q.readable().size(); i++) {
                sql.append(" OR (',' || COALESCE(d.coordinating_divisions, '') || ',') LIKE :coordinating").append(i)
                        .append(" ESCAPE '\\'");
                params.add(new Object[] {"coordinating" + i, "%," + likeLiteral(q.readable().get(i)) + ",%"});
            }
            sql.append(')');
        }
        if (q.before() != null) {
            OffsetDateTime created = jdbc.sql("SELECT created_at FROM directive WHERE id = :id")
                    .param("id", q.before()).query(OffsetDateTime.class).optional()
                    .orElseThrow(() -> new ValidationException("before", "reason.invalidValue", q.before()));
            sql.append(" AND (d.created_at, d.id) < (:beforeCreated, :beforeId)");
            params.add(new Object[] {"beforeCreated", created});
            params.add(new Object[] {"beforeId", q.before()});
        }
        sql.append(" ORDER BY d.created_at DESC, d.id DESC FETCH FIRST :limit ROWS ONLY");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("limit", q.limit());
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec.query((rs, n) -> new Listed(DirectiveRepository.read(rs),
                Optional.ofNullable(DeadlineRepository.read(rs, "dd_")))).list();
    }

    /**
     * The report state now, in SQL: closed, against 24:00 of the effective deadline day; open, against the
     * last deadline whose 24:00 has passed.
     */
    private static String statePredicate(ReportState state) {
        return switch (state) {
            case DONE_ON_TIME -> "d.closed_at <= :now AND d.closed_at < c.overdue_at";
            case DONE_LATE -> "d.closed_at <= :now AND d.closed_at >= c.overdue_at";
            case OPEN_WITHIN_DEADLINE -> "(d.closed_at IS NULL OR d.closed_at > :now) AND d.deadline > :lastDue";
            case OPEN_OVERDUE -> "(d.closed_at IS NULL OR d.closed_at > :now) AND d.deadline <= :lastDue";
        };
    }

    private static String likeLiteral(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OffsetDateTime ts(Instant i) {
        return i.atZone(AppClock.ZONE).toOffsetDateTime();
    }
}
