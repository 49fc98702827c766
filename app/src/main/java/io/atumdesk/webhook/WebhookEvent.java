package io.atumdesk.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events a subscription may choose, by the names receivers see in {@code X-Atum-Event}. */
public enum WebhookEvent {
  TICKET_RAISED("ticket.raised"),
  TICKET_STATUS_CHANGED("ticket.status_changed"),
  TICKET_COMMENTED("ticket.commented"),
  TICKET_ASSIGNED("ticket.assigned"),
  TICKET_RESOLVED("ticket.resolved"),
  TICKET_CLOSED("ticket.closed"),
  SLA_BREACHED("sla.breached");

  private final String wireName;

  WebhookEvent(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<WebhookEvent> byWireName(String name) {
    return Arrays.stream(values()).filter(event -> event.wireName.equals(name)).findFirst();
  }
}
