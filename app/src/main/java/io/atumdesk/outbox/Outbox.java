package io.atumdesk.outbox;

import java.time.Clock;
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
    return messages.save(
        new OutboxMessage(
            tenantId, envelope, json.writeValueAsString(envelope.headers()), clock.instant()));
  }
}
