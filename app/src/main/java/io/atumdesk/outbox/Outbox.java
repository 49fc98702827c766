package io.atumdesk.outbox;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues messages in the caller's transaction: a message exists exactly when the change that caused
 * it committed, and the dispatcher sends it after.
 */
@Service
public class Outbox {

  private final OutboxMessages messages;
  private final JsonMapper json;
  private final Clock clock;

  Outbox(OutboxMessages messages, JsonMapper json, Clock clock) {
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public OutboxMessage queue(String tenantId, Envelope envelope) {
    return messages.save(message(tenantId, envelope));
  }

  /** Queues a broadcast's message for one recipient, due in the slot the pace gave it. */
  @Transactional(propagation = Propagation.MANDATORY)
  OutboxMessage queue(String tenantId, Envelope envelope, Broadcast broadcast, Instant due) {
    OutboxMessage message = message(tenantId, envelope);
    message.paced(broadcast.id(), due);
    return messages.save(message);
  }

  private OutboxMessage message(String tenantId, Envelope envelope) {
    return new OutboxMessage(
        tenantId, envelope, json.writeValueAsString(envelope.headers()), clock.instant());
  }
}
