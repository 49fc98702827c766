package io.atumdesk.catalog;

import io.atumdesk.core.Actor;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders from the catalog: one service request per order, raised with its items in the ticket's
 * transaction, so the request process starts with every item in place (ADR 0019).
 */
@Service
public class ServiceOrders {

  private static final int SUBJECT_LENGTH = 200;

  private final OrderLines lines;
  private final CatalogOrders orders;
  private final OrderItems items;
  private final TicketManagement tickets;
  private final OrderProgress progress;
  private final Clock clock;

  ServiceOrders(
      OrderLines lines,
      CatalogOrders orders,
      OrderItems items,
      TicketManagement tickets,
      OrderProgress progress,
      Clock clock) {
    this.lines = lines;
    this.orders = orders;
    this.items = items;
    this.tickets = tickets;
    this.progress = progress;
    this.clock = clock;
  }

  /** Places an order for the caller; returns the service request's key. */
  public TicketKey place(Actor actor, OrderForm form) {
    List<OrderLines.Accepted> accepted = lines.check(actor, form);
    String names =
        accepted.stream().map(line -> line.item().name()).collect(Collectors.joining(", "));
    String subject = "Order: " + names;
    if (subject.length() > SUBJECT_LENGTH) {
      subject = subject.substring(0, SUBJECT_LENGTH - 1) + "…";
    }
    String note = form.note() == null ? "" : form.note().strip();
    var raise =
        new RaiseTicket(
            TicketType.SERVICE_REQUEST,
            subject,
            note.isEmpty() ? "Ordered from the service catalog: " + names + "." : note,
            null,
            null,
            accepted.get(0).item().category(),
            null);
    Ticket ticket = tickets.raise(actor, raise, raised -> save(raised, accepted));
    return ticket.key();
  }

  private Map<String, Object> save(Ticket ticket, List<OrderLines.Accepted> accepted) {
    CatalogOrder order =
        orders.save(
            new CatalogOrder(
                ticket.tenantId(),
                ticket.id(),
                ticket.key().value(),
                ticket.requester(),
                clock.instant()));
    for (int position = 0; position < accepted.size(); position++) {
      var line = accepted.get(position);
      items.save(new OrderItem(order, position, line.item(), line.data()));
    }
    return Map.of("orderId", order.id());
  }

  /** The caller's own orders, newest first. */
  @Transactional(readOnly = true)
  public List<OrderView.Summary> mine(Actor actor) {
    return orders.findTop50ByRequesterOrderByCreatedAtDesc(actor.username()).stream()
        .map(
            order ->
                new OrderView.Summary(
                    order.ticketKey(),
                    order.status(),
                    items.findByOrderIdOrderByPosition(order.id()).size(),
                    order.createdAt()))
        .toList();
  }

  /** An order the caller may see (its requester, or staff), with each item's progress. */
  @Transactional(readOnly = true)
  public OrderView get(Actor actor, TicketKey key) {
    Ticket ticket = tickets.get(actor, key);
    CatalogOrder order =
        orders
            .findByTicketId(ticket.id())
            .orElseThrow(() -> new NotFoundException("Order", key.value()));
    return progress.of(ticket, order, items.findByOrderIdOrderByPosition(order.id()));
  }
}
