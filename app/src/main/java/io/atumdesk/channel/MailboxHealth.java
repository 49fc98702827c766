package io.atumdesk.channel;

import io.atumdesk.connectors.MailboxSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How each mailbox was last read on this node: by a poll or an IDLE watch, when, and the last
 * error. Kept in memory: it is what admins look at, and what tells the poller to stand in for IDLE.
 */
@Component
public class MailboxHealth {

  /** How a mailbox is read now. */
  public enum Mode {
    POLLING,
    IDLE,
    IDLE_DROPPED
  }

  /** The last word on one mailbox; {@code lastRead} and {@code lastError} may be null. */
  public record Status(Mode mode, Instant lastRead, String lastError) {}

  private static final Status NEVER = new Status(Mode.POLLING, null, null);
  private final Map<String, Status> statuses = new ConcurrentHashMap<>();
  private final Clock clock;

  MailboxHealth(Clock clock) {
    this.clock = clock;
  }

  public Status of(String tenantId, String mailbox) {
    return statuses.getOrDefault(key(tenantId, mailbox), NEVER);
  }

  boolean isIdling(MailboxSettings mailbox) {
    return of(mailbox.tenantId(), mailbox.name()).mode() == Mode.IDLE;
  }

  void read(MailboxSettings mailbox, Mode mode) {
    statuses.put(key(mailbox), new Status(mode, clock.instant(), null));
  }

  void failed(MailboxSettings mailbox, Mode mode, String error) {
    statuses.compute(
        key(mailbox), (k, old) -> new Status(mode, old == null ? null : old.lastRead(), error));
  }

  void forget(String tenantId, String mailbox) {
    statuses.remove(key(tenantId, mailbox));
  }

  private static String key(MailboxSettings mailbox) {
    return key(mailbox.tenantId(), mailbox.name());
  }

  private static String key(String tenantId, String mailbox) {
    return tenantId + "/" + mailbox;
  }
}
