package io.atumdesk.chat;

import java.time.Instant;

/** A chat as agents list it. */
public record ConversationView(
    String id,
    String widget,
    String status,
    String visitorName,
    String visitorEmail,
    String agent,
    String agentName,
    String ticketKey,
    Instant startedAt,
    boolean visitorLeft) {

  public boolean waiting() {
    return "WAITING".equals(status);
  }

  public boolean closed() {
    return "CLOSED".equals(status);
  }
}
