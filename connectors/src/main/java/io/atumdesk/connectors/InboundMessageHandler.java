package io.atumdesk.connectors;

import java.util.Set;

/**
 * What the application does with inbound messages. Connectors acknowledge a message to its source
 * only after one of these methods returned, so both must commit before they return and must accept
 * the same message again (a crash between commit and acknowledgement delivers it twice).
 */
public interface InboundMessageHandler {

  /** The channels this handler takes ({@link InboundMessage#channel()}); mail unless it says so. */
  default Set<String> channels() {
    return Set.of(InboundMessage.EMAIL);
  }

  /** Threads or raises; returns once the change committed. */
  void handle(String tenantId, InboundMessage message);

  /** Keeps a message that could not be read, with the reason; returns once it is stored. */
  void quarantine(String tenantId, String mailbox, byte[] raw, String reason);
}
