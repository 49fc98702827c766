package io.atumdesk.webhook;

import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketRecords;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one pending delivery per subscription that wants the event, in the caller's transaction,
 * with the JSON document every try sends: {@code {id, type, occurredAt, tenant, data{...}}}.
 */
@Component
class DeliveryLog {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Subscriptions subscriptions;
  private final Deliveries deliveries;
  private final TicketRecords tickets;
  private final Clock clock;

  DeliveryLog(
      Subscriptions subscriptions, Deliveries deliveries, TicketRecords tickets, Clock clock) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.tickets = tickets;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void announce(WebhookEvent event, Long ticketId, Map<String, Object> extra) {
    Ticket ticket = tickets.byId(ticketId);
    List<Subscription> wanting =
        subscriptions.findByTenantIdAndActiveTrue(ticket.tenantId()).stream()
            .filter(subscription -> subscription.wants(event))
            .toList();
    if (wanting.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    String body = JSON.writeValueAsString(document(event, ticket, extra, now));
    for (Subscription subscription : wanting) {
      deliveries.save(
          new Delivery(
              ticket.tenantId(),
              UUID.randomUUID(),
              subscription.id(),
              event,
              ticket.key().value(),
              body,
              now));
    }
  }

  private static Map<String, Object> document(
      WebhookEvent event, Ticket ticket, Map<String, Object> extra, Instant now) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("key", ticket.key().value());
    data.put("type", ticket.type().name());
    data.put("status", ticket.status().name());
    data.put("priority", ticket.priority() == null ? null : ticket.priority().name());
    data.put("subject", ticket.subject());
    data.put("requester", ticket.requester());
    data.put("assignmentGroup", ticket.assignmentGroup());
    data.put("assignee", ticket.assignee());
    data.putAll(extra);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("id", UUID.randomUUID().toString());
    document.put("type", event.wireName());
    document.put("occurredAt", now.toString());
    document.put("tenant", ticket.tenantId());
    document.put("data", data);
    return document;
  }
}
