package vn.sct.tracker.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;

/**
 * Directive records written straight into the product's tables, many at a time, as a data migration or a
 * benchmark would: the record, its deadline row (effective deadline, overdue moment and reminder on the
 * working calendar), and optionally a granted extension. For tests of what the database counts and lists.
 */
public final class DirectiveRows {

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final List<Object[]> directives = new ArrayList<>();
    private final List<Object[]> deadlines = new ArrayList<>();
    private final List<Object[]> extensions = new ArrayList<>();

    public DirectiveRows(JdbcTemplate jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /**
     * One directive.
     *
     * @param coordinating comma-separated division codes, or null
     * @param closedAt     when it was closed, or null while open
     */
    public DirectiveRows add(String id, String division, String coordinating, String assignee, Instant createdAt,
                             LocalDate deadline, Instant closedAt) {
        OffsetDateTime created = ts(createdAt);
        directives.add(new Object[] {id, "GIAM_DOC_SO", "1/CĐ", AppClock.day(createdAt), "Giám đốc Sở",
                "Nhiệm vụ " + id, division, coordinating, assignee, deadline, closedAt == null ? "IN_PROGRESS" : "CLOSED",
                closedAt == null ? null : ts(closedAt), created, created});
        LocalDate effective = calendar.addWorkingDays(deadline, 0);
        Instant overdueAt = calendar.deadlineInstant(effective);
        Instant reminderAt = calendar.addWorkingDays(effective, -2).atTime(7, 30).atZone(AppClock.ZONE).toInstant();
        deadlines.add(new Object[] {id, effective, ts(overdueAt), ts(reminderAt), created});
        return this;
    }

    /** A granted extension of a directive added before: the deadline it replaced, and when it was granted. */
    public DirectiveRows extended(String id, String division, LocalDate previousDeadline, LocalDate newDeadline,
                                  Instant grantedAt, String reason) {
        extensions.add(new Object[] {"GH" + id.substring(2), id, division, "seed", ts(grantedAt.minusSeconds(86_400)),
                reason, previousDeadline, newDeadline, newDeadline, ts(grantedAt)});
        return this;
    }

    /** Writes everything added so far. */
    public void write() {
        batch("""
                INSERT INTO directive (id, source_type, source_doc_number, source_doc_date, source_issuer,
                  source_summary, lead_division, coordinating_divisions, assignee, deadline, status, closed_at,
                  created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", directives);
        batch("""
                INSERT INTO directive_deadline (directive_id, effective_deadline, overdue_at, reminder_at, reminder_days,
                  chase_every_days, director_after_days, chase_count, review_escalations, updated_at)
                VALUES (?, ?, ?, ?, 2, 3, 5, 0, 0, ?)""", deadlines);
        batch("""
                INSERT INTO directive_extension (id, directive_id, lead_division, requested_by, requested_at, reason,
                  current_deadline, proposed_deadline, granted_deadline, status, closed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'GRANTED', ?)""", extensions);
        directives.clear();
        deadlines.clear();
        extensions.clear();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += 2000) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 2000)));
        }
    }

    private static OffsetDateTime ts(Instant i) {
        return i.atZone(AppClock.ZONE).toOffsetDateTime();
    }
}
