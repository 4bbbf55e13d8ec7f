package vn.sct.tracker.directive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;
import vn.sct.tracker.common.AppClock;

/** SQL for the {@code directive} and {@code directive_event} tables (Flyway V1). */
@Repository
public class DirectiveRepository {

    /** The columns of {@code directive}, as {@link #read} reads them (by name). */
    public static final String COLUMNS = """
            id, source_type, source_doc_number, source_doc_date, source_issuer, source_summary, content,
            lead_division, coordinating_divisions, deputy_in_charge, assignee, deadline, status, current_step,
            current_step_name, current_actor, draft_summary, draft_reference, result_doc_number, result_doc_date,
            completion_report, closed_at, process_instance_id, created_by, created_at, updated_at, version""";

    private final JdbcClient jdbc;
    private final DataFieldMaxValueIncrementer sequence;

    public DirectiveRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.sequence = vn.sct.tracker.common.Sequences.of(dataSource, "directive_seq");
    }

    /** A new directive id: NV-&lt;year&gt;-&lt;5 digit number&gt;, unique across years. */
    public String nextId() {
        return "NV-%d-%05d".formatted(AppClock.today().getYear(), sequence.nextLongValue());
    }

    public void insert(Directive d) {
        jdbc.sql("INSERT INTO directive (" + COLUMNS + ") VALUES (:id, :sourceType, :sourceDocNumber, :sourceDocDate,"
                        + " :sourceIssuer, :sourceSummary, :content, :leadDivision, :coordinating, :deputy, :assignee,"
                        + " :deadline, :status, :currentStep, :currentStepName, :currentActor, :draftSummary,"
                        + " :draftReference, :resultDocNumber, :resultDocDate, :completionReport, :closedAt,"
                        + " :processInstanceId, :createdBy, :createdAt, :updatedAt, 0)")
                .paramSource(new DirectiveParams(d))
                .update();
    }

    /**
     * Writes every mutable column if nobody changed the row since {@code d} was read (optimistic lock).
     * @return the directive as stored, with its new version
     */
    public Directive update(Directive d) {
        OffsetDateTime now = AppClock.now();
        int rows = jdbc.sql("""
                        UPDATE directive SET lead_division = :leadDivision, coordinating_divisions = :coordinating,
                          deputy_in_charge = :deputy, assignee = :assignee, deadline = :deadline, status = :status,
                          current_step = :currentStep, current_step_name = :currentStepName,
                          current_actor = :currentActor, draft_summary = :draftSummary,
                          draft_reference = :draftReference, result_doc_number = :resultDocNumber,
                          result_doc_date = :resultDocDate, completion_report = :completionReport,
                          closed_at = :closedAt, process_instance_id = :processInstanceId, updated_at = :updatedAt,
                          version = version + 1
                        WHERE id = :id AND version = :version""")
                .paramSource(new DirectiveParams(d).withUpdatedAt(now))
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException(
                    "Directive " + d.id() + " was changed meanwhile");
        }
        return findById(d.id()).orElseThrow();
    }

    public Optional<Directive> findById(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM directive WHERE id = :id")
                .param("id", id)
                .query(DirectiveRepository::map)
                .optional();
    }

    public Optional<Directive> findByProcessInstanceId(String processInstanceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM directive WHERE process_instance_id = :pi")
                .param("pi", processInstanceId)
                .query(DirectiveRepository::map)
                .optional();
    }

    /** The ids of a lead division's open directives, in id order, at most {@code limit}. */
    public List<String> openIds(String leadDivision, int limit) {
        return jdbc.sql("""
                        SELECT id FROM directive WHERE lead_division = :division AND closed_at IS NULL
                        ORDER BY id FETCH FIRST :limit ROWS ONLY""")
                .param("division", leadDivision).param("limit", limit)
                .query(String.class).list();
    }

    public void appendEvent(String directiveId, String actor, DirectiveAction action, String step,
                            DirectiveStatus from, DirectiveStatus to, String comment) {
        jdbc.sql("""
                        INSERT INTO directive_event (directive_id, occurred_at, actor, action, step, from_status,
                          to_status, comment)
                        VALUES (:directiveId, :occurredAt, :actor, :action, :step, :fromStatus, :toStatus, :comment)""")
                .param("directiveId", directiveId)
                .param("occurredAt", AppClock.now())
                .param("actor", actor)
                .param("action", action.name())
                .param("step", step)
                .param("fromStatus", from == null ? null : from.name())
                .param("toStatus", to == null ? null : to.name())
                .param("comment", fitted(comment))
                .update();
    }

    /** A trail entry joins the person's text with the product's words; it is cut to its column, never refused. */
    private static String fitted(String comment) {
        return comment == null || comment.length() <= MAX_COMMENT ? comment
                : comment.substring(0, MAX_COMMENT - 1) + "…";
    }

    private static final int MAX_COMMENT = 4000;

    /** The whole trail of one directive in the order it happened. */
    public List<DirectiveEvent> events(String directiveId) {
        return jdbc.sql("SELECT id, directive_id, occurred_at, actor, action, step, from_status, to_status, comment"
                        + " FROM directive_event WHERE directive_id = :id ORDER BY id")
                .param("id", directiveId)
                .query((rs, n) -> new DirectiveEvent(rs.getLong("id"), rs.getString("directive_id"),
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                        DirectiveAction.valueOf(rs.getString("action")), rs.getString("step"),
                        status(rs.getString("from_status")), status(rs.getString("to_status")),
                        rs.getString("comment")))
                .list();
    }

    private static DirectiveStatus status(String s) {
        return s == null ? null : DirectiveStatus.valueOf(s);
    }

    private static Directive map(ResultSet rs, int rowNum) throws SQLException {
        return read(rs);
    }

    /** The directive in the current row, its columns named as in {@link #COLUMNS}. */
    public static Directive read(ResultSet rs) throws SQLException {
        String coordinating = rs.getString("coordinating_divisions");
        return new Directive(
                rs.getString("id"),
                SourceType.valueOf(rs.getString("source_type")),
                rs.getString("source_doc_number"),
                rs.getObject("source_doc_date", LocalDate.class),
                rs.getString("source_issuer"),
                rs.getString("source_summary"),
                rs.getString("content"),
                rs.getString("lead_division"),
                coordinating == null || coordinating.isBlank() ? List.of() : Arrays.asList(coordinating.split(",")),
                rs.getString("deputy_in_charge"),
                rs.getString("assignee"),
                rs.getObject("deadline", LocalDate.class),
                DirectiveStatus.valueOf(rs.getString("status")),
                rs.getString("current_step"),
                rs.getString("current_step_name"),
                rs.getString("current_actor"),
                rs.getString("draft_summary"),
                rs.getString("draft_reference"),
                rs.getString("result_doc_number"),
                rs.getObject("result_doc_date", LocalDate.class),
                rs.getString("completion_report"),
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getString("process_instance_id"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
