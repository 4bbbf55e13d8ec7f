package vn.sct.tracker.deadline;

import java.time.Instant;
import java.time.LocalDate;
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
import vn.sct.tracker.directive.SourceType;

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

    /** The orders a list can have; the default is the newest registration first. */
    public enum Sort {
        NEWEST("d.created_at DESC, d.id DESC"), OLDEST("d.created_at, d.id"),
        DEADLINE("d.deadline, d.id"), DEADLINE_DESC("d.deadline DESC, d.id DESC");

        private final String sql;

        Sort(String sql) {
            this.sql = sql;
        }
    }

    /**
     * What to list.
     *
     * @param status         the lifecycle status, or null for any
     * @param leadDivision   the lead division's code, or null for any
     * @param state          the report state now, or null for any
     * @param readable       the divisions whose directives (led or coordinated) the caller may read; null: all
     * @param sourceType     who assigned it, or null for any
     * @param deadlineFrom   the deadline on or after this day, or null
     * @param deadlineTo     the deadline on or before this day, or null
     * @param registeredFrom registered on or after this day, or null
     * @param registeredTo   registered on or before this day, or null
     * @param text           words found in the summary or the document number (any case), or null
     * @param sort           the order
     * @param before         the id of the last directive of the previous page (newest first only), or null
     * @param offset         directives to skip (with any order)
     * @param limit          at most this many
     */
    public record Query(DirectiveStatus status, String leadDivision, ReportState state, List<String> readable,
                        SourceType sourceType, LocalDate deadlineFrom, LocalDate deadlineTo,
                        LocalDate registeredFrom, LocalDate registeredTo, String text, Sort sort, String before,
                        int offset, int limit) {

        /** The first page of a simple filter, newest first. */
        public Query(DirectiveStatus status, String leadDivision, ReportState state, List<String> readable,
                     String before, int limit) {
            this(status, leadDivision, state, readable, null, null, null, null, null, null, Sort.NEWEST, before, 0,
                    limit);
        }
    }

    /** A directive with its deadline row. */
    public record Listed(Directive directive, Optional<DeadlineRecord> deadline) {
    }

    public List<Listed> find(Query q) {
        if (q.readable() != null && q.readable().isEmpty()) {
            return List.of();
        }
        Where where = where(q);
        StringBuilder sql = new StringBuilder("SELECT " + DIRECTIVE_COLUMNS + ", " + DeadlineRepository.JOINED_COLUMNS
                + " FROM directive d LEFT JOIN directive_deadline dd ON dd.directive_id = d.id");
        sql.append(where.sql);
        if (q.before() != null) {
            OffsetDateTime created = jdbc.sql("SELECT created_at FROM directive WHERE id = :id")
                    .param("id", q.before()).query(OffsetDateTime.class).optional()
                    .orElseThrow(() -> new ValidationException("before", "reason.invalidValue", q.before()));
            sql.append(" AND (d.created_at, d.id) < (:beforeCreated, :beforeId)");
            where.params.add(new Object[] {"beforeCreated", created});
            where.params.add(new Object[] {"beforeId", q.before()});
        }
        sql.append(" ORDER BY ").append(q.sort().sql);
        if (q.offset() > 0) {
            sql.append(" OFFSET :offset ROWS");
            where.params.add(new Object[] {"offset", q.offset()});
        }
        sql.append(" FETCH FIRST :limit ROWS ONLY");
        JdbcClient.StatementSpec spec = bind(jdbc.sql(sql.toString()).param("limit", q.limit()), where.params);
        return spec.query((rs, n) -> new Listed(DirectiveRepository.read(rs),
                Optional.ofNullable(DeadlineRepository.read(rs, "dd_")))).list();
    }

    /** How many directives the query finds on all its pages (the cursor and the paging left out). */
    public long count(Query q) {
        if (q.readable() != null && q.readable().isEmpty()) {
            return 0;
        }
        Where where = where(q);
        return bind(jdbc.sql("SELECT COUNT(*) FROM directive d" + where.sql), where.params).query(Long.class).single();
    }

    /** A WHERE clause (with the calendar join the done states need) and its parameters. */
    private record Where(String sql, List<Object[]> params) {
    }

    private Where where(Query q) {
        StringBuilder sql = new StringBuilder();
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
        if (q.sourceType() != null) {
            sql.append(" AND d.source_type = :sourceType");
            params.add(new Object[] {"sourceType", q.sourceType().name()});
        }
        if (q.deadlineFrom() != null) {
            sql.append(" AND d.deadline >= :deadlineFrom");
            params.add(new Object[] {"deadlineFrom", q.deadlineFrom()});
        }
        if (q.deadlineTo() != null) {
            sql.append(" AND d.deadline <= :deadlineTo");
            params.add(new Object[] {"deadlineTo", q.deadlineTo()});
        }
        if (q.registeredFrom() != null) {
            sql.append(" AND d.created_at >= :registeredFrom");
            params.add(new Object[] {"registeredFrom", startOf(q.registeredFrom())});
        }
        if (q.registeredTo() != null) {
            sql.append(" AND d.created_at < :registeredBefore");
            params.add(new Object[] {"registeredBefore", startOf(q.registeredTo().plusDays(1))});
        }
        if (q.text() != null) {
            sql.append(" AND (LOWER(d.source_summary) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(d.source_doc_number) LIKE :text ESCAPE '\\')");
            params.add(new Object[] {"text", "%" + likeLiteral(q.text().toLowerCase(java.util.Locale.ROOT)) + "%"});
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
        return new Where(sql.toString(), params);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, List<Object[]> params) {
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(AppClock.ZONE).toOffsetDateTime();
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
