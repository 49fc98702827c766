package io.atumdesk.catalog;

import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.workflow.ProcessAction;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code closeOrder} with {@code outcome} {@code fulfilled} or {@code rejected}: the order's final
 * status; a rejected order's items are cancelled.
 */
@Component
class CloseOrderAction implements ProcessAction {

  static final String OUTCOME = "outcome";

  private final FulfilmentActions fulfilment;
  private final OrderItems items;
  private final TicketRecords records;
  private final Clock clock;

  CloseOrderAction(
      FulfilmentActions fulfilment, OrderItems items, TicketRecords records, Clock clock) {
    this.fulfilment = fulfilment;
    this.items = items;
    this.records = records;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "closeOrder";
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of(OUTCOME);
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    boolean rejected = "rejected".equals(call.parameters().get(OUTCOME));
    CatalogOrder order = fulfilment.order(call);
    order.moveTo(rejected ? OrderStatus.REJECTED : OrderStatus.FULFILLED);
    if (rejected) {
      items
          .findByOrderIdOrderByPosition(order.id())
          .forEach(item -> item.moveTo(ItemStatus.CANCELLED, clock.instant()));
    }
    records.recordEvent(
        call.ticketId(),
        "system",
        rejected ? "Order rejected" : "Order fulfilled",
        Map.of("order", order.status().name()));
    return Map.of();
  }
}
