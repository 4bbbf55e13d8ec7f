package vn.sct.tracker.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a free port, for the whole test run: the
 * application sends through Spring Mail to it exactly as it would to the Department's mail server.
 */
public final class TestMail {

    private static GreenMail server;
    private static int port;

    private TestMail() {
    }

    public static synchronized int port() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            port = server.getSmtp().getPort();
        }
        return port;
    }

    /** The mail server goes away: the application's connections are refused until {@link #up()}. */
    public static synchronized void down() {
        port();
        server.stop();
    }

    /** The mail server is back, on the same port, with nothing received yet. */
    public static synchronized void up() {
        port();
        server.stop();
        server = new GreenMail(new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"));
        server.start();
    }

    /** Forgets every message received so far. */
    public static void clear() {
        port();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Messages received so far whose subject starts with the prefix. */
    public static List<Mail> received(String subjectPrefix) {
        port();
        return Arrays.stream(server.getReceivedMessages()).map(TestMail::mail)
                .filter(m -> m.subject().startsWith(subjectPrefix)).distinct().toList();
    }

    private static Mail mail(MimeMessage m) {
        try {
            List<String> to = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).sorted()
                    .toList();
            return new Mail(m.getSubject(), to, String.valueOf(m.getContent()));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One message as sent (GreenMail keeps one copy per recipient; {@link #received} removes duplicates). */
    public record Mail(String subject, List<String> to, String body) {
    }
}
