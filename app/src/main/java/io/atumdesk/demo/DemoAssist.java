package io.atumdesk.demo;

import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.Level;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketFilter;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketType;
import io.atumdesk.workflow.TaskInbox;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * What makes the agent assist visible in acme: resolved twins of the demo's VPN and printer
 * incidents, whose resolutions the open ones' suggested replies quote, and a customer who is
 * running out of patience. Seeded when the first twin is missing.
 */
@Component
class DemoAssist {

  private static final String TENANT = "acme";
  private static final String VPN_TWIN = "VPN disconnects every few minutes at home";

  private final TicketManagement tickets;
  private final TaskInbox tasks;

  DemoAssist(TicketManagement tickets, TaskInbox tasks) {
    this.tickets = tickets;
    this.tasks = tasks;
  }

  void seedMissing() {
    Actor customer = new Actor("customer", TENANT, Set.of(Role.CUSTOMER), Set.of());
    Actor agent =
        new Actor("agent", TENANT, Set.of(Role.AGENT), Set.of("service-desk", "network-ops"));
    TenantContext.runAs(
        TENANT,
        () -> {
          var existing =
              tickets.search(
                  agent,
                  new TicketFilter(null, null, null, null, null, null, VPN_TWIN),
                  Pageable.ofSize(1));
          if (!existing.isEmpty()) {
            return;
          }
          resolve(
              agent,
              raise(
                  customer,
                  VPN_TWIN,
                  "The VPN connection drops every few minutes when I work from home.",
                  "network"),
              "Updated the VPN client to 5.2 and turned off Wi-Fi power saving on the laptop.");
          resolve(
              agent,
              raise(
                  customer,
                  "Printer on floor 3 jams on every page",
                  "The printer on floor 3 jams constantly.",
                  "hardware"),
              "Replaced the worn pickup roller and cleaned the paper path.");
          Ticket impatient =
              raise(
                  customer,
                  "Shared drive S: missing again",
                  "The S: drive is gone from my laptop since this morning.",
                  "access");
          tickets.comment(
              customer,
              impatient.key(),
              "This is the third time this month!!! Still not fixed, this is unacceptable.",
              false);
        });
  }

  private Ticket raise(Actor customer, String subject, String description, String category) {
    return tickets.raise(
        customer,
        new RaiseTicket(
            TicketType.INCIDENT, subject, description, Level.LOW, Level.MEDIUM, category, null));
  }

  private void resolve(Actor agent, Ticket ticket, String resolution) {
    for (var task : tasks.ofProcess(agent, ticket.processInstanceId())) {
      tasks.claim(agent, task.id());
      tasks.complete(agent, task.id(), Map.of("outcome", "resolved", "resolution", resolution));
    }
  }
}
