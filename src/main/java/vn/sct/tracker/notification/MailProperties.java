package vn.sct.tracker.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The product's e-mail ({@code tracker.mail.*}); the SMTP server itself is Spring Mail's
 * ({@code spring.mail.*}).
 *
 * @param from    the sender address
 * @param baseUrl the address of the product that links in messages point to
 */
@ConfigurationProperties("tracker.mail")
public record MailProperties(@DefaultValue("theo-doi-nhiem-vu@localhost") String from,
                             @DefaultValue("http://localhost:8080") String baseUrl) {
}
