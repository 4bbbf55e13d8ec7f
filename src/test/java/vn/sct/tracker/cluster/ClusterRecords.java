package vn.sct.tracker.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the cluster's database says about the test's directives: their timers, trail events, chase tasks,
 * which node ran which job (the engine's job log), their e-mail. A query while the database is away
 * answers -1, nothing or null, so that waiting for a condition goes on through an outage.
 */
final class ClusterRecords {

    private static final String DATABASE = ClusterDatabase.DATABASE;

    private final ClusterDatabase database;

    ClusterRecords(ClusterDatabase database) {
        this.database = database;
    }

    long timers(String activity, List<String> directives) {
        return count(DATABASE, """
                SELECT COUNT(*) FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_
                JOIN directive x ON x.process_instance_id = j.process_instance_id_
                WHERE d.act_id_ = '%s' AND x.id IN (%s)""".formatted(activity, in(directives)));
    }

    /** The moment of these directives' timers of one kind arrives at once (as the clock reaching it). */
    int moveTimers(String activity, List<String> directives, Instant moment) throws SQLException {
        try (Connection c = database.connect(DATABASE);
             var s = c.prepareStatement("""
                     UPDATE act_ru_job j SET duedate_ = ? FROM act_ru_jobdef d, directive x
                     WHERE d.id_ = j.job_def_id_ AND x.process_instance_id = j.process_instance_id_
                       AND d.act_id_ = ? AND x.id IN (%s)""".formatted(in(directives)))) {
            s.setTimestamp(1, java.sql.Timestamp.from(moment));
            s.setString(2, activity);
            return s.executeUpdate();
        }
    }

    long events(String action, List<String> directives) {
        return count(DATABASE, "SELECT COUNT(*) FROM directive_event WHERE action = '%s' AND directive_id IN (%s)"
                .formatted(action, in(directives)));
    }

    long repeated(String action, List<String> directives) {
        return count(DATABASE, """
                SELECT COUNT(*) FROM (SELECT directive_id FROM directive_event WHERE action = '%s' AND directive_id IN (%s)
                GROUP BY directive_id HAVING COUNT(*) > 1) twice""".formatted(action, in(directives)));
    }

    long chaseTasks(List<String> directives) {
        return count(DATABASE, """
                SELECT COUNT(*) FROM act_ru_task t JOIN directive x ON x.process_instance_id = t.proc_inst_id_
                WHERE t.task_def_key_ = 'Task_ChaseDirective' AND x.id IN (%s)""".formatted(in(directives)));
    }

    /** Successful runs of a timer per node (the engine's job log names the node). */
    Map<String, Long> jobsDoneByNode(String activity, List<String> directives) {
        Map<String, Long> perNode = new java.util.TreeMap<>();
        try (Connection c = database.connect(DATABASE); var s = c.createStatement();
             var rs = s.executeQuery("""
                     SELECT l.hostname_, COUNT(*) FROM act_hi_job_log l JOIN directive x
                       ON x.process_instance_id = l.process_instance_id_
                     WHERE l.act_id_ = '%s' AND l.job_state_ = 2 AND x.id IN (%s) GROUP BY l.hostname_"""
                     .formatted(activity, in(directives)))) {
            while (rs.next()) {
                perNode.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException databaseAway) {
            return Map.of();
        }
        return perNode;
    }

    String outbox(String processInstanceId) {
        return single("SELECT MIN(state) FROM mail_outbox WHERE process_instance_id = '" + processInstanceId + "'");
    }

    long attempts(String processInstanceId) {
        return count(DATABASE, "SELECT COALESCE(MAX(attempts), 0) FROM mail_outbox WHERE process_instance_id = '"
                + processInstanceId + "'");
    }

    long count(String databaseName, String sql) {
        try (Connection c = database.connect(databaseName); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException databaseAway) {
            return -1;
        }
    }

    String single(String sql) {
        try (Connection c = database.connect(DATABASE); var s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException databaseAway) {
            return null;
        }
    }

    private static String in(List<String> ids) {
        return String.join(",", ids.stream().map(id -> "'" + id.replace("'", "") + "'").toList());
    }
}
