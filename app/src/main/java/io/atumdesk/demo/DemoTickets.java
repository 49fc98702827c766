package io.atumdesk.demo;

import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.Level;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketType;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Raises the sample tickets through the real API of the ticket module, so their processes run. */
@Component
class DemoTickets {

  private final TicketManagement tickets;

  DemoTickets(TicketManagement tickets) {
    this.tickets = tickets;
  }

  void seed() {
    Actor customer = new Actor("customer", "acme", Set.of(Role.CUSTOMER), Set.of());
    raise(
        customer,
        TicketType.INCIDENT,
        "VPN drops every few minutes",
        Level.HIGH,
        Level.HIGH,
        "network");
    raise(
        customer,
        TicketType.INCIDENT,
        "Printer on floor 2 jams",
        Level.LOW,
        Level.MEDIUM,
        "hardware");
    raise(
        customer,
        TicketType.INCIDENT,
        "Cannot log in to the CRM",
        Level.MEDIUM,
        Level.HIGH,
        "access");
    raise(customer, TicketType.SERVICE_REQUEST, "New monitor for my desk", null, null, "hardware");
    // Reads like the first one: flagged as its likely duplicate once both vectors are stored.
    raise(
        customer,
        TicketType.INCIDENT,
        "VPN keeps dropping every few minutes",
        Level.HIGH,
        Level.HIGH,
        "network");
    Actor customer2 = new Actor("customer2", "globex", Set.of(Role.CUSTOMER), Set.of());
    raise(customer2, TicketType.INCIDENT, "Email is slow", Level.MEDIUM, Level.MEDIUM, "software");
    raise(
        customer2,
        TicketType.INCIDENT,
        "Wi-Fi down in the warehouse",
        Level.HIGH,
        Level.MEDIUM,
        "network");
  }

  private void raise(
      Actor actor, TicketType type, String subject, Level impact, Level urgency, String category) {
    TenantContext.runAs(
        actor.tenantId(),
        () ->
            tickets.raise(
                actor,
                new RaiseTicket(
                    type, subject, "Sample ticket of the demo.", impact, urgency, category, null)));
  }
}
