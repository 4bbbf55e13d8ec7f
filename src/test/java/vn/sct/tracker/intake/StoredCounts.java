package vn.sct.tracker.intake;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a request may have stored: directives, their trail entries, imports, and the engine's process instances. */
record StoredCounts(long directives, long events, long intakes, long imports, long instances) {

    static StoredCounts of(JdbcTemplate jdbc, HistoryService history) {
        return new StoredCounts(count(jdbc, "directive"), count(jdbc, "directive_event"), count(jdbc, "directive_intake"),
                count(jdbc, "directive_import"), history.createHistoricProcessInstanceQuery().count());
    }

    private static long count(JdbcTemplate jdbc, String table) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    /** This minus an earlier count. */
    StoredCounts minus(StoredCounts before) {
        return new StoredCounts(directives - before.directives, events - before.events, intakes - before.intakes,
                imports - before.imports, instances - before.instances);
    }

    static final StoredCounts NOTHING = new StoredCounts(0, 0, 0, 0, 0);
}
