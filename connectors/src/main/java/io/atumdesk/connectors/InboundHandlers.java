package io.atumdesk.connectors;

import java.util.List;
import org.springframework.stereotype.Component;

/** Picks the application's handler for a message by its channel. */
@Component
public class InboundHandlers {

  private final List<InboundMessageHandler> handlers;

  public InboundHandlers(List<InboundMessageHandler> handlers) {
    this.handlers = List.copyOf(handlers);
  }

  public InboundMessageHandler forChannel(String channel) {
    return handlers.stream()
        .filter(handler -> handler.channels().contains(channel))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No handler takes channel " + channel));
  }
}
