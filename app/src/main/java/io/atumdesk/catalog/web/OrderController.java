package io.atumdesk.catalog.web;

import io.atumdesk.catalog.OrderForm;
import io.atumdesk.catalog.OrderView;
import io.atumdesk.catalog.ServiceOrders;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Orders from the catalog: one service request per order, several items each. */
@RestController
@RequestMapping("/api/v1/catalog/orders")
@Tag(name = "Service catalog")
class OrderController {

  private final ServiceOrders orders;

  OrderController(ServiceOrders orders) {
    this.orders = orders;
  }

  @PostMapping
  @Operation(
      summary =
          "Order items with their form data; 400 names each bad field (items[0].data.model),"
              + " 404 for another tenant's item")
  ResponseEntity<OrderView> place(Actor actor, @RequestBody OrderForm form) {
    TicketKey key = orders.place(actor, form);
    return ResponseEntity.created(URI.create("/api/v1/catalog/orders/" + key.value()))
        .body(orders.get(actor, key));
  }

  @GetMapping
  @Operation(summary = "The caller's orders, newest first")
  List<OrderView.Summary> mine(Actor actor) {
    return orders.mine(actor);
  }

  @GetMapping("/{key}")
  @Operation(summary = "An order with each item's progress (which step, which group)")
  OrderView get(Actor actor, @PathVariable String key) {
    return orders.get(actor, new TicketKey(key));
  }
}
