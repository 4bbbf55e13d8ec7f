package vn.sct.tracker.notification;

import java.util.List;

/** A message of the outbox as it is sent: its addresses, subject, text, and the lifecycle it is about. */
public record OutboxMessage(long id, List<String> recipients, String subject, String body,
                            String processInstanceId, int attempts) {
}
