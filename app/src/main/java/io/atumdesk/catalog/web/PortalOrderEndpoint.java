package io.atumdesk.catalog.web;

import io.atumdesk.catalog.OrderForm;
import io.atumdesk.catalog.ServiceOrders;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cart page's submit: the same order as the API, from the signed-in session (CSRF-checked),
 * answering with the request page to go to, or problem+json naming each field.
 */
@RestController
class PortalOrderEndpoint {

  private final ServiceOrders orders;

  PortalOrderEndpoint(ServiceOrders orders) {
    this.orders = orders;
  }

  @PostMapping("/portal/catalog/orders")
  ResponseEntity<Placed> place(Actor actor, @RequestBody OrderForm form, HttpSession session) {
    TicketKey key = orders.place(actor, form);
    Cart.empty(session);
    String page = "/portal/requests/" + key.value();
    return ResponseEntity.created(URI.create(page)).body(new Placed(key.value(), page));
  }

  /** Where the customer follows the new request. */
  record Placed(String key, String page) {}
}
