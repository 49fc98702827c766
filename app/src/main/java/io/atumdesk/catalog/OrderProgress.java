package io.atumdesk.catalog;

import io.atumdesk.catalog.OrderProcesses.OpenStep;
import io.atumdesk.ticket.Ticket;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Puts an order's rows and its open process steps together into what its requester sees. */
@Component
class OrderProgress {

  private final OrderProcesses processes;

  OrderProgress(OrderProcesses processes) {
    this.processes = processes;
  }

  OrderView of(Ticket ticket, CatalogOrder order, List<OrderItem> lines) {
    Map<Integer, List<OpenStep>> open =
        ticket.processInstanceId() == null
            ? Map.of()
            : processes.openSteps(ticket.tenantId(), ticket.processInstanceId());
    return new OrderView(
        order.ticketKey(),
        ticket.subject(),
        order.status(),
        ticket.status().name(),
        order.approval(),
        order.createdAt(),
        open.getOrDefault(OrderProcesses.ORDER, List.of()),
        lines.stream()
            .map(
                line ->
                    new OrderView.Line(
                        line.position(),
                        line.itemName(),
                        line.formKey(),
                        line.status(),
                        line.data(),
                        line.linkedTicket(),
                        open.getOrDefault(line.position(), List.of()),
                        line.completedAt()))
            .toList());
  }
}
