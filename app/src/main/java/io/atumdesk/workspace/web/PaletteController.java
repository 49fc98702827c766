package io.atumdesk.workspace.web;

import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketFilter;
import io.atumdesk.ticket.TicketManagement;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The command palette's options: tickets matching what was typed, then views and actions. */
@Controller
class PaletteController {

  private static final int TICKETS_SHOWN = 8;
  private final TicketManagement tickets;

  PaletteController(TicketManagement tickets) {
    this.tickets = tickets;
  }

  @GetMapping("/palette")
  String options(@RequestParam(defaultValue = "") String q, Actor actor, Model model) {
    String text = q.strip();
    var found =
        text.isEmpty()
            ? List.of()
            : tickets
                .search(
                    actor,
                    new TicketFilter(null, null, null, null, null, null, text),
                    PageRequest.of(0, TICKETS_SHOWN, Sort.by(Sort.Direction.DESC, "updatedAt")))
                .getContent();
    model.addAttribute("tickets", found);
    model.addAttribute("query", text.toLowerCase(java.util.Locale.ROOT));
    return "palette :: options";
  }
}
