package vn.sct.tracker.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.sct.tracker.common.AppClock;

/** SQL for {@code monthly_report}, {@code monthly_report_division} and {@code monthly_report_reason} (V6). */
@Repository
public class MonthlyReportRepository {

    /** One monthly report. */
    public record Header(String id, LocalDate periodFrom, LocalDate periodTo, MonthlyReportStatus status,
                         Instant divisionDueAt,
                         String compiledBy, Instant compiledAt, String officeSummary, String documentNumber,
                         String directorComment, String approvedBy, Instant approvedAt, String figuresJson,
                         String processInstanceId, Instant createdAt) {
    }

    /** A division's part of it. */
    public record DivisionPart(String reportId, String divisionCode, DivisionReportStatus status, String confirmedBy,
                               Instant confirmedAt, String figuresNote, String explanations, String programmeTasks,
                               Instant escalatedAt) {
    }

    private final JdbcClient jdbc;

    public MonthlyReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the product's tables were first created on this database (its first migration). */
    public Optional<Instant> installedAt() {
        return jdbc.sql("SELECT MIN(installed_on) FROM app_schema_history").query(java.sql.Timestamp.class)
                .optional().map(java.sql.Timestamp::toInstant);
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM monthly_report WHERE id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    public void insert(String id, ReportPeriod period, Instant divisionDueAt, String processInstanceId,
                       List<String> divisions) {
        jdbc.sql("""
                        INSERT INTO monthly_report (id, period_from, period_to, status, division_due_at,
                          process_instance_id, created_at)
                        VALUES (:id, :from, :to, :status, :due, :pi, :now)""")
                .param("status", MonthlyReportStatus.COLLECTING.name())
                .param("id", id).param("from", period.from()).param("to", period.to()).param("due", ts(divisionDueAt))
                .param("pi", processInstanceId).param("now", AppClock.now()).update();
        for (String division : divisions) {
            jdbc.sql("INSERT INTO monthly_report_division (report_id, division_code, status) VALUES (:id, :d, :status)")
                    .param("status", DivisionReportStatus.PENDING.name())
                    .param("id", id).param("d", division).update();
        }
    }

    public Optional<Header> find(String id) {
        return jdbc.sql("SELECT * FROM monthly_report WHERE id = :id").param("id", id).query(this::header).optional();
    }

    public List<Header> list() {
        return jdbc.sql("SELECT * FROM monthly_report ORDER BY period_from DESC, id DESC").query(this::header).list();
    }

    public List<DivisionPart> divisions(String reportId) {
        return jdbc.sql("SELECT * FROM monthly_report_division WHERE report_id = :id ORDER BY division_code")
                .param("id", reportId).query(this::part).list();
    }

    public Optional<DivisionPart> division(String reportId, String division) {
        return jdbc.sql("SELECT * FROM monthly_report_division WHERE report_id = :id AND division_code = :d")
                .param("id", reportId).param("d", division).query(this::part).optional();
    }

    public void divisionReported(String reportId, String division, DivisionReportStatus status, String by,
                                 String figuresNote,
                                 String explanations, String programmeTasks) {
        jdbc.sql("""
                        UPDATE monthly_report_division SET status = :status, confirmed_by = :by, confirmed_at = :now,
                          figures_note = :note, explanations = :explanations, programme_tasks = :programme
                        WHERE report_id = :id AND division_code = :d""")
                .param("status", status.name()).param("by", by).param("now", AppClock.now()).param("note", figuresNote)
                .param("explanations", explanations).param("programme", programmeTasks)
                .param("id", reportId).param("d", division).update();
    }

    public void divisionEscalated(String reportId, String division) {
        jdbc.sql("""
                        UPDATE monthly_report_division SET escalated_at = :now WHERE report_id = :id AND division_code = :d""")
                .param("now", AppClock.now()).param("id", reportId).param("d", division).update();
    }

    public void divisionMissed(String reportId, String division, String by) {
        jdbc.sql("""
                        UPDATE monthly_report_division SET status = :status, confirmed_by = :by, confirmed_at = :now
                        WHERE report_id = :id AND division_code = :d""")
                .param("by", by).param("now", AppClock.now()).param("id", reportId).param("d", division)
                .param("status", DivisionReportStatus.MISSED.name()).update();
    }

    public void saveReason(String reportId, String directiveId, String division, String reason, String by) {
        jdbc.sql("DELETE FROM monthly_report_reason WHERE report_id = :id AND directive_id = :d")
                .param("id", reportId).param("d", directiveId).update();
        jdbc.sql("""
                        INSERT INTO monthly_report_reason (report_id, directive_id, division_code, reason, written_by,
                          written_at) VALUES (:id, :d, :division, :reason, :by, :now)""")
                .param("id", reportId).param("d", directiveId).param("division", division).param("reason", reason)
                .param("by", by).param("now", AppClock.now()).update();
    }

    public void compiled(String id, String by, String summary, String documentNumber, String figuresJson) {
        jdbc.sql("""
                        UPDATE monthly_report SET status = :status, compiled_by = :by, compiled_at = :now,
                          office_summary = :summary, document_number = :number, figures_json = :figures
                        WHERE id = :id""")
                .param("by", by).param("now", AppClock.now()).param("summary", summary).param("number", documentNumber)
                .param("figures", figuresJson).param("id", id)
                .param("status", MonthlyReportStatus.AWAITING_APPROVAL.name()).update();
    }

    public void directorDecided(String id, boolean approved, String by, String comment) {
        jdbc.sql("""
                        UPDATE monthly_report SET status = :status, director_comment = :comment,
                          approved_by = :by, approved_at = :at WHERE id = :id""")
                .param("status", (approved ? MonthlyReportStatus.APPROVED : MonthlyReportStatus.COMPILING).name())
                .param("comment", comment)
                .param("by", approved ? by : null).param("at", approved ? AppClock.now() : null)
                .param("id", id).update();
    }

    public void status(String id, MonthlyReportStatus status) {
        jdbc.sql("UPDATE monthly_report SET status = :status WHERE id = :id").param("status", status.name())
                .param("id", id).update();
    }

    private Header header(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Header(rs.getString("id"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), MonthlyReportStatus.valueOf(rs.getString("status")),
                instant(rs, "division_due_at"),
                rs.getString("compiled_by"), instant(rs, "compiled_at"), rs.getString("office_summary"),
                rs.getString("document_number"), rs.getString("director_comment"), rs.getString("approved_by"),
                instant(rs, "approved_at"), rs.getString("figures_json"), rs.getString("process_instance_id"),
                instant(rs, "created_at"));
    }

    private DivisionPart part(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new DivisionPart(rs.getString("report_id"), rs.getString("division_code"),
                DivisionReportStatus.valueOf(rs.getString("status")),
                rs.getString("confirmed_by"), instant(rs, "confirmed_at"), rs.getString("figures_note"),
                rs.getString("explanations"), rs.getString("programme_tasks"), instant(rs, "escalated_at"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant i) {
        return i.atZone(AppClock.ZONE).toOffsetDateTime();
    }
}
