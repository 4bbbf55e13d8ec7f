package vn.sct.tracker.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The product's e-mail ({@code tracker.mail.*}); the SMTP server itself is Spring Mail's
 * ({@code spring.mail.*}).
 *
 * @param from         the sender address
 * @param baseUrl      the address of the product that links in messages point to
 * @param retryDelays  when a message the mail server did not take is tried again: after the first failed
 *                     attempt the first delay, and so on; after the last one the message is given up
 *                     (FAILED, an incident on its process instance)
 * @param claimFor     how long a node holds a message it is sending before another node may take it over
 *                     (a node that died while sending)
 * @param relayEvery   how often every node looks for messages due again
 * @param keepSent     how long a sent message is kept in the outbox (who was told what, and when)
 */
@ConfigurationProperties("tracker.mail")
public record MailProperties(@DefaultValue("theo-doi-nhiem-vu@localhost") String from,
                             @DefaultValue("http://localhost:8080") String baseUrl,
                             @DefaultValue({"1m", "5m", "15m", "1h", "4h", "12h"}) List<Duration> retryDelays,
                             @DefaultValue("2m") Duration claimFor,
                             @DefaultValue("10s") Duration relayEvery,
                             @DefaultValue("90d") Duration keepSent) {

    public MailProperties {
        if (retryDelays.isEmpty() || retryDelays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("tracker.mail.retry-delays: at least one delay, each positive");
        }
    }
}
