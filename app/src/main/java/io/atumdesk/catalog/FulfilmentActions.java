package io.atumdesk.catalog;

import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.workflow.ProcessAction.ActionCall;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The ordered item a fulfilment process works on, found by its {@code itemIndex} variable. */
@Component
class FulfilmentActions {

  static final String ITEM_INDEX = "itemIndex";

  private final CatalogOrders orders;
  private final OrderItems items;
  private final TicketRecords records;
  private final Clock clock;

  FulfilmentActions(CatalogOrders orders, OrderItems items, TicketRecords records, Clock clock) {
    this.orders = orders;
    this.items = items;
    this.records = records;
    this.clock = clock;
  }

  CatalogOrder order(ActionCall call) {
    return orders
        .findByTicketId(call.ticketId())
        .orElseThrow(
            () -> new IllegalStateException("Ticket " + call.ticketId() + " has no order"));
  }

  OrderItem item(ActionCall call) {
    if (!(call.variables().get(ITEM_INDEX) instanceof Integer position)) {
      throw new IllegalStateException(call.elementId() + " runs only in an item's fulfilment");
    }
    return items
        .findByOrderIdAndPosition(order(call).id(), position)
        .orElseThrow(() -> new IllegalStateException("Order has no item " + position));
  }

  void move(ActionCall call, OrderItem item, ItemStatus status, String text) {
    item.moveTo(status, clock.instant());
    records.recordEvent(
        call.ticketId(),
        "system",
        text.formatted(item.position() + 1, item.itemName()),
        Map.of("item", item.position(), "status", status.name()));
  }
}
