package vn.sct.tracker.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;
import vn.sct.tracker.common.Sequences;
import vn.sct.tracker.common.Text;

/** The table {@code mail_outbox}: messages written with their step, claimed by one node at a time. */
@Repository
public class MailOutbox {

    static final String WAITING = "WAITING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private static final int ERROR_LENGTH = 1000;
    private static final int SUBJECT_LENGTH = 1000;
    private static final int TEXT_LENGTH = 100_000;

    private final JdbcClient jdbc;
    private final DataFieldMaxValueIncrementer sequence;

    public MailOutbox(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.sequence = Sequences.of(dataSource, "mail_outbox_seq");
    }

    /** A new message in the current transaction, claimed by {@code node} until {@code claimedUntil}. */
    long add(List<String> recipients, String subject, String body, String processInstanceId, Instant now,
             String node, Instant claimedUntil) {
        long id = sequence.nextLongValue();
        jdbc.sql("""
                        INSERT INTO mail_outbox (id, state, recipients, subject, body, process_instance_id, attempts,
                          next_attempt_at, claimed_by, claimed_until, created_at)
                        VALUES (:id, 'WAITING', :recipients, :subject, :body, :pi, 0, :now, :node, :until, :now)""")
                .param("id", id).param("recipients", cut(String.join(",", recipients), TEXT_LENGTH))
                .param("subject", cut(subject, SUBJECT_LENGTH)).param("body", cut(body, TEXT_LENGTH))
                .param("pi", processInstanceId).param("now", ts(now)).param("node", node)
                .param("until", ts(claimedUntil)).update();
        return id;
    }

    /** Waiting messages due by {@code now} that no node holds, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM mail_outbox
                        WHERE state = 'WAITING' AND next_attempt_at <= :now
                          AND (claimed_until IS NULL OR claimed_until < :now)
                        ORDER BY next_attempt_at, id FETCH FIRST :limit ROWS ONLY""")
                .param("now", ts(now)).param("limit", limit).query(Long.class).list();
    }

    /** Takes a waiting message for {@code node}; false when another node holds it or it left already. */
    boolean claim(long id, String node, Instant now, Instant until) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET claimed_by = :node, claimed_until = :until
                        WHERE id = :id AND state = 'WAITING' AND (claimed_until IS NULL OR claimed_until < :now)""")
                .param("node", node).param("until", ts(until)).param("id", id).param("now", ts(now)).update() == 1;
    }

    Optional<OutboxMessage> find(long id) {
        return jdbc.sql("""
                        SELECT id, recipients, subject, body, process_instance_id, attempts FROM mail_outbox
                        WHERE id = :id""").param("id", id).query(MailOutbox::message).optional();
    }

    void sent(long id, Instant at) {
        jdbc.sql("UPDATE mail_outbox SET state = 'SENT', sent_at = :at, attempts = attempts + 1, claimed_until = NULL"
                + " WHERE id = :id").param("at", ts(at)).param("id", id).update();
    }

    /** A failed attempt: tried again at {@code next}, or given up when {@code next} is empty. */
    void attemptFailed(long id, String error, Optional<Instant> next) {
        if (next.isPresent()) {
            jdbc.sql("""
                            UPDATE mail_outbox SET attempts = attempts + 1, last_error = :error, claimed_until = NULL,
                              next_attempt_at = :next WHERE id = :id""")
                    .param("error", cut(error, ERROR_LENGTH)).param("next", ts(next.get())).param("id", id).update();
        } else {
            jdbc.sql("""
                            UPDATE mail_outbox SET attempts = attempts + 1, last_error = :error, claimed_until = NULL,
                              state = 'FAILED' WHERE id = :id""")
                    .param("error", cut(error, ERROR_LENGTH)).param("id", id).update();
        }
    }

    /** Removes the messages sent before {@code before}; given-up ones stay until someone deals with them. */
    int deleteSentBefore(Instant before) {
        return jdbc.sql("DELETE FROM mail_outbox WHERE state = 'SENT' AND sent_at < :before")
                .param("before", ts(before)).update();
    }

    /** Messages per state (WAITING, SENT, FAILED). */
    long count(String state) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE state = :state").param("state", state)
                .query(Long.class).single();
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), Arrays.asList(rs.getString("recipients").split(",")),
                rs.getString("subject"), rs.getString("body"), rs.getString("process_instance_id"), rs.getInt("attempts"));
    }

    /** A text cut to its column: a message is never refused, and its step never fails, for its length. */
    private static String cut(String value, int length) {
        return Text.cut(value == null ? "" : value, length);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
