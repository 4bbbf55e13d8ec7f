package vn.sct.tracker.intake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.Sequences;

/** SQL for {@code directive_intake} and {@code directive_import} (Flyway V8). */
@Repository
public class IntakeRepository {

    /** A directive's arrival: under which key, with which content, from which import. */
    public record Intake(String key, String directiveId, String fingerprint, String proposedLead, String importId,
                         Integer importRow) {
    }

    private final JdbcClient jdbc;
    private final DataFieldMaxValueIncrementer importSequence;

    public IntakeRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.importSequence = Sequences.of(dataSource, "directive_import_seq");
    }

    public Optional<Intake> find(String key) {
        return jdbc.sql("""
                        SELECT intake_key, directive_id, fingerprint, proposed_lead, import_id, import_row
                        FROM directive_intake WHERE intake_key = :key""")
                .param("key", key).query(IntakeRepository::intake).optional();
    }

    /** The intakes of many keys at once (an import's rows), in one query per thousand keys. */
    public List<Intake> findAll(List<String> keys) {
        List<Intake> found = new java.util.ArrayList<>();
        for (int from = 0; from < keys.size(); from += 1000) {
            found.addAll(jdbc.sql("""
                            SELECT intake_key, directive_id, fingerprint, proposed_lead, import_id, import_row
                            FROM directive_intake WHERE intake_key IN (:keys)""")
                    .param("keys", keys.subList(from, Math.min(keys.size(), from + 1000)))
                    .query(IntakeRepository::intake).list());
        }
        return found;
    }

    public Optional<Intake> ofDirective(String directiveId) {
        return jdbc.sql("""
                        SELECT intake_key, directive_id, fingerprint, proposed_lead, import_id, import_row
                        FROM directive_intake WHERE directive_id = :id""")
                .param("id", directiveId).query(IntakeRepository::intake).optional();
    }

    public void insert(Intake i, String actor) {
        jdbc.sql("""
                        INSERT INTO directive_intake (intake_key, directive_id, fingerprint, proposed_lead, import_id,
                          import_row, created_by, created_at)
                        VALUES (:key, :directive, :fingerprint, :lead, :import, :row, :by, :at)""")
                .param("key", i.key()).param("directive", i.directiveId()).param("fingerprint", i.fingerprint())
                .param("lead", i.proposedLead()).param("import", i.importId()).param("row", i.importRow())
                .param("by", actor).param("at", AppClock.now())
                .update();
    }

    /** A new import id: NK-&lt;year&gt;-&lt;5 digit number&gt;. */
    public String nextImportId() {
        return "NK-%d-%05d".formatted(AppClock.today().getYear(), importSequence.nextLongValue());
    }

    public void insertImport(DirectiveImport i) {
        jdbc.sql("""
                        INSERT INTO directive_import (id, file_name, file_format, file_sha256, row_count, created_count,
                          existing_count, imported_by, imported_at)
                        VALUES (:id, :name, :format, :sha, :rows, :created, :existing, :by, :at)""")
                .param("id", i.id()).param("name", i.fileName()).param("format", i.format().name())
                .param("sha", i.fileSha256()).param("rows", i.rows()).param("created", i.created())
                .param("existing", i.existing()).param("by", i.importedBy()).param("at", i.importedAt())
                .update();
    }

    public Optional<DirectiveImport> findImport(String id) {
        return jdbc.sql(IMPORT_COLUMNS + " WHERE id = :id").param("id", id).query(IntakeRepository::imported)
                .optional();
    }

    /** Imports of the same file (by its SHA-256), oldest first. */
    public List<DirectiveImport> importsOfFile(String sha256) {
        return jdbc.sql(IMPORT_COLUMNS + " WHERE file_sha256 = :sha ORDER BY imported_at, id").param("sha", sha256)
                .query(IntakeRepository::imported).list();
    }

    /** The latest imports, newest first. */
    public List<DirectiveImport> latestImports(int limit) {
        return jdbc.sql(IMPORT_COLUMNS + " ORDER BY imported_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit).query(IntakeRepository::imported).list();
    }

    /** The directives an import registered, in the order of its rows. */
    public List<String> directivesOfImport(String importId) {
        return jdbc.sql("SELECT directive_id FROM directive_intake WHERE import_id = :id ORDER BY import_row")
                .param("id", importId).query(String.class).list();
    }

    private static final String IMPORT_COLUMNS = """
            SELECT id, file_name, file_format, file_sha256, row_count, created_count, existing_count, imported_by,
              imported_at FROM directive_import""";

    private static Intake intake(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        int row = rs.getInt("import_row");
        return new Intake(rs.getString("intake_key"), rs.getString("directive_id"), rs.getString("fingerprint"),
                rs.getString("proposed_lead"), rs.getString("import_id"), rs.wasNull() ? null : row);
    }

    private static DirectiveImport imported(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DirectiveImport(rs.getString("id"), rs.getString("file_name"),
                ImportFormat.valueOf(rs.getString("file_format")), rs.getString("file_sha256"), rs.getInt("row_count"),
                rs.getInt("created_count"), rs.getInt("existing_count"), rs.getString("imported_by"),
                rs.getObject("imported_at", OffsetDateTime.class));
    }
}
