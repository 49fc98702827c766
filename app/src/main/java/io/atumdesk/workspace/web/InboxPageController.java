package io.atumdesk.workspace.web;

import io.atumdesk.core.Actor;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketFilter;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketStatus;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The agent's inbox: views of the tenant's open tickets, refreshed live. */
@Controller
class InboxPageController {

  private static final Set<TicketStatus> OPEN =
      EnumSet.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.PENDING);
  private final TicketManagement tickets;

  InboxPageController(TicketManagement tickets) {
    this.tickets = tickets;
  }

  @GetMapping("/inbox")
  String page(@RequestParam(defaultValue = "open") String view, Actor actor, Model model) {
    model.addAttribute("view", view);
    model.addAttribute("rows", rows(actor));
    return "inbox";
  }

  @GetMapping("/inbox/rows")
  String rows(@RequestParam(defaultValue = "open") String view, Actor actor, Model model) {
    model.addAttribute("view", view);
    model.addAttribute("rows", rows(actor));
    return "inbox :: rows";
  }

  /**
   * The next ticket to work on: the oldest open one in my groups' queues, after the current one.
   */
  @GetMapping("/inbox/next")
  String next(@RequestParam(required = false) String after, Actor actor) {
    return rows(actor).stream()
        .filter(ticket -> !ticket.key().equals(after))
        .findFirst()
        .map(ticket -> "redirect:/tickets/" + ticket.key())
        .orElse("redirect:/inbox");
  }

  private java.util.List<Ticket> rows(Actor actor) {
    return tickets
        .search(
            actor,
            new TicketFilter(OPEN, null, null, null, null, null, null),
            PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "updatedAt")))
        .getContent();
  }
}
