package vn.sct.tracker.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link CalendarOverrideRepository} on Spring's {@link JdbcClient}. Plain SQL that runs unchanged on
 * H2 2.x (any compatibility mode) and PostgreSQL; the column {@code "day"} is always quoted because
 * DAY is a keyword in H2.
 */
@Repository
public class JdbcCalendarOverrideRepository implements CalendarOverrideRepository {

    private static final String COLUMNS = "\"day\", kind, description, updated_by, updated_at";

    private final JdbcClient jdbc;

    public JdbcCalendarOverrideRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarOverride> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM working_calendar_override ORDER BY \"day\"")
                .query(JdbcCalendarOverrideRepository::map)
                .list();
    }

    @Override
    public List<CalendarOverride> findBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM working_calendar_override"
                        + " WHERE \"day\" BETWEEN :from AND :to ORDER BY \"day\"")
                .param("from", from)
                .param("to", to)
                .query(JdbcCalendarOverrideRepository::map)
                .list();
    }

    @Override
    public Optional<CalendarOverride> findByDay(LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM working_calendar_override WHERE \"day\" = :day")
                .param("day", day)
                .query(JdbcCalendarOverrideRepository::map)
                .optional();
    }

    /**
     * Update-then-insert (portable; MERGE/ON CONFLICT differ between H2 and PostgreSQL versions).
     * A concurrent insert of the same day is resolved by updating once more.
     */
    @Override
    public void save(CalendarOverride o) {
        if (update(o) > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO working_calendar_override (" + COLUMNS + ")"
                            + " VALUES (:day, :kind, :description, :updatedBy, :updatedAt)")
                    .param("day", o.day())
                    .param("kind", o.kind().name())
                    .param("description", o.description())
                    .param("updatedBy", o.updatedBy())
                    .param("updatedAt", o.updatedAt())
                    .update();
        } catch (DuplicateKeyException raced) {
            update(o);
        }
    }

    private int update(CalendarOverride o) {
        return jdbc.sql("UPDATE working_calendar_override SET kind = :kind, description = :description,"
                        + " updated_by = :updatedBy, updated_at = :updatedAt WHERE \"day\" = :day")
                .param("day", o.day())
                .param("kind", o.kind().name())
                .param("description", o.description())
                .param("updatedBy", o.updatedBy())
                .param("updatedAt", o.updatedAt())
                .update();
    }

    @Override
    public boolean delete(LocalDate day) {
        return jdbc.sql("DELETE FROM working_calendar_override WHERE \"day\" = :day")
                .param("day", day)
                .update() > 0;
    }

    private static CalendarOverride map(ResultSet rs, int row) throws SQLException {
        return new CalendarOverride(
                rs.getObject(1, LocalDate.class),
                DayKind.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class));
    }
}
