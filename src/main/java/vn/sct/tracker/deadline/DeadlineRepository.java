package vn.sct.tracker.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.sct.tracker.common.AppClock;

/** SQL for {@code directive_deadline} (Flyway V4). */
@Repository
public class DeadlineRepository {

    private final JdbcClient jdbc;

    public DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the schedule of a directive, creating its row or replacing the schedule of an existing one. */
    public void saveSchedule(String directiveId, LocalDate effectiveDeadline, Instant overdueAt, Instant reminderAt,
                             DeadlinePolicy policy) {
        int updated = jdbc.sql("""
                        UPDATE directive_deadline SET effective_deadline = :effective, overdue_at = :overdueAt,
                          reminder_at = :reminderAt, reminder_days = :reminderDays, chase_every_days = :chaseEvery,
                          director_after_days = :directorAfter, updated_at = :now
                        WHERE directive_id = :id""")
                .param("id", directiveId).param("effective", effectiveDeadline).param("overdueAt", ts(overdueAt))
                .param("reminderAt", ts(reminderAt)).param("reminderDays", policy.reminderDays())
                .param("chaseEvery", policy.chaseEveryDays()).param("directorAfter", policy.directorAfterDays())
                .param("now", AppClock.now())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO directive_deadline (directive_id, effective_deadline, overdue_at, reminder_at,
                              reminder_days, chase_every_days, director_after_days, chase_count, review_escalations,
                              updated_at)
                            VALUES (:id, :effective, :overdueAt, :reminderAt, :reminderDays, :chaseEvery,
                              :directorAfter, 0, 0, :now)""")
                    .param("id", directiveId).param("effective", effectiveDeadline).param("overdueAt", ts(overdueAt))
                    .param("reminderAt", ts(reminderAt)).param("reminderDays", policy.reminderDays())
                    .param("chaseEvery", policy.chaseEveryDays()).param("directorAfter", policy.directorAfterDays())
                    .param("now", AppClock.now())
                    .update();
        }
    }

    public Optional<DeadlineRecord> find(String directiveId) {
        return jdbc.sql("SELECT * FROM directive_deadline WHERE directive_id = :id")
                .param("id", directiveId)
                .query(DeadlineRepository::map)
                .optional();
    }

    public void reminded(String directiveId, Instant at) {
        set(directiveId, "reminded_at = :at", at);
    }

    /** Flags the directive overdue since {@code since}; the first chase round is that moment. */
    public void overdue(String directiveId, Instant since) {
        set(directiveId, "overdue_since = :at, chase_count = 1, last_chased_at = :at", since);
    }

    /** A new deadline still ahead: the directive is no longer overdue (its chase history stays). */
    public void clearOverdue(String directiveId) {
        set(directiveId, "overdue_since = :at", null);
    }

    /** A granted extension: counted; the first deadline is kept. */
    public void extended(String directiveId, LocalDate previousDeadline) {
        jdbc.sql("""
                        UPDATE directive_deadline SET extension_count = extension_count + 1,
                          original_deadline = COALESCE(original_deadline, :previous), updated_at = :now
                        WHERE directive_id = :id""")
                .param("id", directiveId).param("previous", previousDeadline).param("now", AppClock.now())
                .update();
    }

    public void chased(String directiveId, int round, Instant at) {
        jdbc.sql("UPDATE directive_deadline SET chase_count = :round, last_chased_at = :at, updated_at = :now"
                        + " WHERE directive_id = :id")
                .param("id", directiveId).param("round", round).param("at", ts(at)).param("now", AppClock.now())
                .update();
    }

    public void directorNotified(String directiveId, Instant at) {
        set(directiveId, "director_notified_at = :at", at);
    }

    public void reviewEscalated(String directiveId) {
        jdbc.sql("UPDATE directive_deadline SET review_escalations = review_escalations + 1, updated_at = :now"
                        + " WHERE directive_id = :id")
                .param("id", directiveId).param("now", AppClock.now())
                .update();
    }

    private void set(String directiveId, String assignment, Instant at) {
        jdbc.sql("UPDATE directive_deadline SET " + assignment + ", updated_at = :now WHERE directive_id = :id")
                .param("id", directiveId).param("at", ts(at)).param("now", AppClock.now())
                .update();
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static DeadlineRecord map(ResultSet rs, int row) throws SQLException {
        return read(rs, "");
    }

    /** The columns of a deadline row, each named with {@code prefix} (a join); null when the row is missing. */
    static DeadlineRecord read(ResultSet rs, String prefix) throws SQLException {
        String id = rs.getString(prefix + "directive_id");
        if (id == null) {
            return null;
        }
        return new DeadlineRecord(id, rs.getObject(prefix + "effective_deadline", LocalDate.class),
                instant(rs, prefix + "overdue_at"), instant(rs, prefix + "reminder_at"),
                new DeadlinePolicy(rs.getInt(prefix + "reminder_days"), rs.getInt(prefix + "chase_every_days"),
                        rs.getInt(prefix + "director_after_days")),
                instant(rs, prefix + "reminded_at"), instant(rs, prefix + "overdue_since"),
                rs.getInt(prefix + "chase_count"), instant(rs, prefix + "last_chased_at"),
                instant(rs, prefix + "director_notified_at"), rs.getInt(prefix + "review_escalations"),
                rs.getInt(prefix + "extension_count"), rs.getObject(prefix + "original_deadline", LocalDate.class));
    }

    /** The columns of {@code directive_deadline}, for a join that names them {@code dd_<column>}. */
    static final String JOINED_COLUMNS = """
            dd.directive_id AS dd_directive_id, dd.effective_deadline AS dd_effective_deadline,
            dd.overdue_at AS dd_overdue_at, dd.reminder_at AS dd_reminder_at, dd.reminder_days AS dd_reminder_days,
            dd.chase_every_days AS dd_chase_every_days, dd.director_after_days AS dd_director_after_days,
            dd.reminded_at AS dd_reminded_at, dd.overdue_since AS dd_overdue_since, dd.chase_count AS dd_chase_count,
            dd.last_chased_at AS dd_last_chased_at, dd.director_notified_at AS dd_director_notified_at,
            dd.review_escalations AS dd_review_escalations, dd.extension_count AS dd_extension_count,
            dd.original_deadline AS dd_original_deadline""";
}
