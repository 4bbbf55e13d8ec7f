package vn.sct.tracker.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.sct.tracker.common.Actor;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * E-mail to the people of the organisation (assignment, reminder, overdue, escalation).
 *
 * <p>Addresses come from the users' e-mail in the identity store (Camunda Admin or LDAP). A message
 * leaves only after the transaction that caused it commits, so a step that fails and is retried never
 * sends twice. Without SMTP settings ({@code SPRING_MAIL_HOST}) nothing is sent and each message is
 * logged instead; a failing mail server is logged and never stops the work.
 */
@Component
public class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final OrganisationService organisation;
    private final MailProperties properties;

    public Notifier(ObjectProvider<JavaMailSender> mailSender, OrganisationService organisation,
                    MailProperties properties) {
        this.mailSender = mailSender;
        this.organisation = organisation;
        this.properties = properties;
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
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(addresses.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(body + Messages.get(Messages.VIETNAMESE, "mail.footer", properties.baseUrl()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(message);
                }
            });
        } else {
            deliver(message);
        }
    }

    private void deliver(SimpleMailMessage message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || sender instanceof JavaMailSenderImpl impl
                && (impl.getHost() == null || impl.getHost().isBlank())) {
            LOG.info("E-mail (chưa cấu hình SMTP) tới {}: {}", String.join(", ", message.getTo()),
                    message.getSubject());
            return;
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            LOG.warn("Không gửi được e-mail tới {} ({}): {}", String.join(", ", message.getTo()),
                    message.getSubject(), e.getMessage());
        }
    }
}
