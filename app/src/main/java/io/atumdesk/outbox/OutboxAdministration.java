package io.atumdesk.outbox;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import java.time.Clock;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins watch their tenant's outbox: counts per status, messages by status (newest first), one
 * with its last error, and a dead letter sent again. Another tenant's message is not found.
 */
@Service
public class OutboxAdministration {

  private final OutboxMessages messages;
  private final Clock clock;

  OutboxAdministration(OutboxMessages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Map<OutboxStatus, Long> counts(Actor actor) {
    requireAdmin(actor);
    return OutboxStatus.tally(messages.countByStatus());
  }

  @Transactional(readOnly = true)
  public Page<OutboxMessage> list(Actor actor, OutboxStatus status, int page, int size) {
    requireAdmin(actor);
    return messages.findByStatus(
        status, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
  }

  @Transactional(readOnly = true)
  public OutboxMessage get(Actor actor, long id) {
    requireAdmin(actor);
    return messages.findById(id).orElseThrow(() -> new NotFoundException("Outbox message", id));
  }

  /** Sends a dead letter again with a fresh set of tries, from the next round on. */
  @Transactional
  public OutboxMessage retry(Actor actor, long id) {
    OutboxMessage message = get(actor, id);
    if (message.status() != OutboxStatus.DEAD) {
      throw new ConflictException(
          "Message %d is %s; only dead letters can be retried.".formatted(id, message.status()));
    }
    message.retry(clock.instant());
    return message;
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins may look into the outbox.");
    }
  }
}
