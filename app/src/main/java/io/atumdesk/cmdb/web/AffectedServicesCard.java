package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.TicketItems;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The "Affected services" card of the agent's ticket page, loaded by the page once it is shown, so
 * that the ticket page itself knows nothing of the CMDB.
 */
@Controller
class AffectedServicesCard {

  private final TicketItems tickets;

  AffectedServicesCard(TicketItems tickets) {
    this.tickets = tickets;
  }

  @GetMapping("/tickets/{key}/affected-services")
  String card(@PathVariable String key, Actor actor, Model model) {
    model.addAttribute("affected", tickets.affectedBy(actor, new TicketKey(key)));
    return "cmdb-affected :: items";
  }
}
