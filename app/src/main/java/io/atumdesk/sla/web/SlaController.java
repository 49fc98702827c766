package io.atumdesk.sla.web;

import io.atumdesk.core.Actor;
import io.atumdesk.sla.SlaClockView;
import io.atumdesk.sla.SlaClocks;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A ticket's SLA clocks over HTTP; whoever may see the ticket may see its clocks. */
@RestController
@Tag(name = "Tickets")
class SlaController {

  private final TicketManagement tickets;
  private final SlaClocks clocks;

  SlaController(TicketManagement tickets, SlaClocks clocks) {
    this.tickets = tickets;
    this.clocks = clocks;
  }

  @GetMapping("/api/v1/tickets/{key}/sla")
  @Operation(summary = "The ticket's SLA clocks: targets, due dates, pauses, warnings, breaches")
  List<SlaClockView> clocks(Actor actor, @PathVariable String key) {
    return clocks.clocksOf(tickets.get(actor, new TicketKey(key)).id());
  }
}
