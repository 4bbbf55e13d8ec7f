package vn.sct.tracker.extension;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;
import vn.sct.tracker.common.AppClock;

/** SQL for {@code directive_extension} (Flyway V5). */
@Repository
public class ExtensionRepository {

    private final JdbcClient jdbc;
    private final DataFieldMaxValueIncrementer sequence;

    public ExtensionRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.sequence = vn.sct.tracker.common.Sequences.of(dataSource, "extension_seq");
    }

    public String nextId() {
        return "GH-%d-%05d".formatted(AppClock.today().getYear(), sequence.nextLongValue());
    }

    public void insert(ExtensionRequest r) {
        jdbc.sql("""
                        INSERT INTO directive_extension (id, directive_id, lead_division, requested_by, requested_at,
                          reason, attachment_ref, current_deadline, proposed_deadline, status, process_instance_id)
                        VALUES (:id, :directiveId, :lead, :by, :at, :reason, :attachment, :current, :proposed,
                          :status, :pi)""")
                .param("id", r.id()).param("directiveId", r.directiveId()).param("lead", r.leadDivision())
                .param("by", r.requestedBy()).param("at", r.requestedAt()).param("reason", r.reason())
                .param("attachment", r.attachmentRef()).param("current", r.currentDeadline())
                .param("proposed", r.proposedDeadline()).param("status", r.status().name())
                .param("pi", r.processInstanceId())
                .update();
    }

    public void officeReviewed(String id, String opinion, boolean supports) {
        jdbc.sql("UPDATE directive_extension SET office_opinion = :opinion, office_supports = :supports WHERE id = :id")
                .param("id", id).param("opinion", opinion).param("supports", supports).update();
    }

    public void directorDecided(String id, String decision, String comment, LocalDate deadline) {
        jdbc.sql("""
                        UPDATE directive_extension SET director_decision = :decision, director_comment = :comment,
                          director_deadline = :deadline WHERE id = :id""")
                .param("id", id).param("decision", decision).param("comment", comment).param("deadline", deadline)
                .update();
    }

    public void provinceAnswered(String id, boolean granted, String doc, LocalDate deadline) {
        jdbc.sql("""
                        UPDATE directive_extension SET province_granted = :granted, province_doc = :doc,
                          granted_deadline = :deadline WHERE id = :id""")
                .param("id", id).param("granted", granted).param("doc", doc).param("deadline", deadline).update();
    }

    public void close(String id, ExtensionStatus status, LocalDate grantedDeadline) {
        jdbc.sql("""
                        UPDATE directive_extension SET status = :status, closed_at = :now,
                          granted_deadline = COALESCE(:granted, granted_deadline) WHERE id = :id""")
                .param("id", id).param("status", status.name()).param("now", AppClock.now())
                .param("granted", grantedDeadline).update();
    }

    public Optional<ExtensionRequest> find(String id) {
        return jdbc.sql("SELECT * FROM directive_extension WHERE id = :id").param("id", id)
                .query(ExtensionRepository::map).optional();
    }

    public Optional<ExtensionRequest> pending(String directiveId) {
        return jdbc.sql("SELECT * FROM directive_extension WHERE directive_id = :d AND status = 'PENDING'")
                .param("d", directiveId).query(ExtensionRepository::map).optional();
    }

    /** Every request of a directive, oldest first. */
    public List<ExtensionRequest> ofDirective(String directiveId) {
        return jdbc.sql("SELECT * FROM directive_extension WHERE directive_id = :d ORDER BY requested_at, id")
                .param("d", directiveId).query(ExtensionRepository::map).list();
    }

    private static ExtensionRequest map(ResultSet rs, int row) throws SQLException {
        return new ExtensionRequest(rs.getString("id"), rs.getString("directive_id"), rs.getString("lead_division"),
                rs.getString("requested_by"), rs.getObject("requested_at", OffsetDateTime.class),
                rs.getString("reason"), rs.getString("attachment_ref"),
                rs.getObject("current_deadline", LocalDate.class), rs.getObject("proposed_deadline", LocalDate.class),
                rs.getString("office_opinion"), (Boolean) rs.getObject("office_supports"),
                rs.getString("director_decision"), rs.getString("director_comment"),
                rs.getObject("director_deadline", LocalDate.class), (Boolean) rs.getObject("province_granted"),
                rs.getString("province_doc"), rs.getObject("granted_deadline", LocalDate.class),
                ExtensionStatus.valueOf(rs.getString("status")), rs.getObject("closed_at", OffsetDateTime.class),
                rs.getString("process_instance_id"));
    }
}
