package vn.sct.tracker.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.sct.tracker.common.Actor;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.NodeName;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * E-mail to the people of the organisation (assignment, reminder, overdue, escalation).
 *
 * <p>Addresses come from the users' e-mail in the identity store (Camunda Admin or LDAP). A message is
 * written to the outbox ({@link MailOutbox}) in the transaction of the step that causes it and leaves only
 * after that transaction commits, so a step that fails and is retried never sends twice, and a step that
 * committed never loses its message: a mail server that is down is tried again later ({@link MailRelay}).
 * Without SMTP settings ({@code SPRING_MAIL_HOST}) nothing is sent and each message is logged instead.
 */
@Component
public class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final OrganisationService organisation;
    private final MailProperties properties;
    private final MailOutbox outbox;
    private final MailRelay relay;
    private final NodeName node;
    private final ObjectProvider<MessageOrigin> origin;

    public Notifier(ObjectProvider<JavaMailSender> mailSender, OrganisationService organisation,
                    MailProperties properties, MailOutbox outbox, MailRelay relay, NodeName node,
                    ObjectProvider<MessageOrigin> origin) {
        this.mailSender = mailSender;
        this.organisation = organisation;
        this.properties = properties;
        this.outbox = outbox;
        this.relay = relay;
        this.node = node;
        this.origin = origin;
    }

    /** Set while a batch runs whose single e-mails are replaced by one for the whole batch. */
    private static final ThreadLocal<int[]> HELD_BACK = new ThreadLocal<>();

    /**
     * Runs work that makes many directives at once (an import) without the e-mail of each single step: the
     * caller then tells the recipients once, for the whole batch.
     */
    public <T> T withoutSingleMails(java.util.function.Supplier<T> work) {
        int[] outer = HELD_BACK.get();
        HELD_BACK.set(new int[1]);
        try {
            return work.get();
        } finally {
            int held = HELD_BACK.get()[0];
            HELD_BACK.set(outer);
            LOG.info("{} e-mail của từng bước được gộp vào một thư chung", held);
        }
    }

    /** Recipients as user ids and groups ({@link Actor#group}); blanks and duplicates are ignored. */
    public void send(Collection<String> recipients, String subject, String body) {
        if (HELD_BACK.get() != null) {
            HELD_BACK.get()[0]++;
            return;
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (String r : recipients) {
            if (r == null || r.isBlank()) {
                continue;
            }
            List<User> users = Actor.isGroup(r) ? organisation.members(Actor.groupId(r))
                    : organisation.user(r).stream().toList();
            users.stream().map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank())
                    .forEach(addresses::add);
        }
        if (addresses.isEmpty()) {
            LOG.info("Không có địa chỉ e-mail cho {}: {}", recipients, subject);
            return;
        }
        String text = body + Messages.get(Messages.VIETNAMESE, "mail.footer", properties.baseUrl());
        if (!mailServerSet()) {
            LOG.info("E-mail (chưa cấu hình SMTP) tới {}: {}", String.join(", ", addresses), subject);
            return;
        }
        String processInstance = origin.stream().findFirst().flatMap(MessageOrigin::processInstanceId).orElse(null);
        Instant now = AppClock.instant();
        long id = outbox.add(List.copyOf(addresses), subject, text, processInstance, now, node.get(),
                now.plus(properties.claimFor()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.sendNow(id);
                }
            });
        } else {
            relay.sendNow(id);
        }
    }

    private boolean mailServerSet() {
        JavaMailSender sender = mailSender.getIfAvailable();
        return sender != null && !(sender instanceof JavaMailSenderImpl impl
                && (impl.getHost() == null || impl.getHost().isBlank()));
    }
}
