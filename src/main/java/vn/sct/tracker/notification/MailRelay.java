package vn.sct.tracker.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.NodeName;

/**
 * Sends the messages of the outbox. The node that wrote a message sends it as soon as its step committed;
 * a message the mail server did not take is tried again by whichever node finds it due, after the delays
 * of {@code tracker.mail.retry-delays}; after the last one it is given up and shown ({@link UndeliverableMail}).
 * A message is sent at least once: a node that dies between sending and recording it leaves it to be sent
 * again by another node after {@code tracker.mail.claim-for}.
 */
@Component
public class MailRelay implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(MailRelay.class);
    private static final int BATCH = 50;

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailProperties properties;
    private final NodeName node;
    private final ObjectProvider<UndeliverableMail> undeliverable;
    private final TransactionTemplate ownTransaction;

    public MailRelay(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, MailProperties properties,
                     NodeName node, ObjectProvider<UndeliverableMail> undeliverable,
                     PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
        this.node = node;
        this.undeliverable = undeliverable;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The message this node wrote and still holds, right after its step committed (the step's connection
     * is still bound to the thread then: what is recorded here goes through a transaction of its own).
     */
    void sendNow(long id) {
        try {
            ownTransaction.execute(status -> outbox.find(id)).ifPresent(this::attempt);
        } catch (org.springframework.dao.DataAccessException databaseAway) {
            LOG.warn("E-mail {}: chưa ghi được vào cơ sở dữ liệu ({}), gửi lại sau", id,
                    databaseAway.getMostSpecificCause().getMessage());
        }
    }

    /** {@link #sendDue} on every node, every {@code tracker.mail.relay-every}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::sendDue, properties.relayEvery(), properties.relayEvery()));
    }

    /** The messages due again that no node holds. */
    public void sendDue() {
        try {
            for (Long id : outbox.due(AppClock.instant(), BATCH)) {
                Instant now = AppClock.instant();
                if (outbox.claim(id, node.get(), now, now.plus(properties.claimFor()))) {
                    outbox.find(id).ifPresent(this::attempt);
                }
            }
        } catch (org.springframework.dao.DataAccessException databaseAway) {
            LOG.warn("Hộp thư đi: chưa đọc được cơ sở dữ liệu ({}), thử lại sau", databaseAway.getMostSpecificCause().getMessage());
        }
    }

    /** Every night on every node (the same delete twice is harmless): sent messages older than {@code keep-sent}. */
    @Scheduled(cron = "${tracker.mail.forget-sent-cron:0 30 3 * * *}", zone = AppClock.ZONE_ID)
    public void forgetSent() {
        try {
            int removed = outbox.deleteSentBefore(AppClock.instant().minus(properties.keepSent()));
            LOG.info("Hộp thư đi: xóa {} e-mail đã gửi trước {} ngày", removed, properties.keepSent().toDays());
        } catch (org.springframework.dao.DataAccessException databaseAway) {
            LOG.warn("Hộp thư đi: chưa dọn được ({})", databaseAway.getMostSpecificCause().getMessage());
        }
    }

    /** How many messages wait to be sent again, and how many were given up. */
    public long waiting() {
        return outbox.count(MailOutbox.WAITING);
    }

    public long failed() {
        return outbox.count(MailOutbox.FAILED);
    }

    private void attempt(OutboxMessage message) {
        JavaMailSender sender = mailSender.getObject();
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.from());
        mail.setTo(message.recipients().toArray(String[]::new));
        mail.setSubject(message.subject());
        mail.setText(message.body());
        try {
            sender.send(mail);
        } catch (MailException e) {
            if (Boolean.TRUE.equals(ownTransaction.execute(status -> failedAttempt(message, e.getMessage())))) {
                // shown once the message is recorded as given up, in the engine's own transaction
                undeliverable.ifAvailable(u -> u.gaveUp(message, e.getMessage()));
            }
            return;
        }
        ownTransaction.executeWithoutResult(status -> outbox.sent(message.id(), AppClock.instant()));
    }

    /** Records a failed attempt; true when it was the last one and the message is given up. */
    private boolean failedAttempt(OutboxMessage message, String error) {
        List<Duration> delays = properties.retryDelays();
        int attempt = message.attempts() + 1;
        if (attempt <= delays.size()) {
            Instant next = AppClock.instant().plus(delays.get(attempt - 1));
            outbox.attemptFailed(message.id(), error, Optional.of(next));
            LOG.warn("Không gửi được e-mail {} tới {} (lần {}): {}; thử lại lúc {}", message.id(),
                    String.join(", ", message.recipients()), attempt, error, next);
            return false;
        }
        outbox.attemptFailed(message.id(), error, Optional.empty());
        LOG.error("E-mail {} tới {} không gửi được sau {} lần, đã dừng: {}", message.id(),
                String.join(", ", message.recipients()), attempt, error);
        return true;
    }
}
