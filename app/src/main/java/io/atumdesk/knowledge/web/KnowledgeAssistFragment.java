package io.atumdesk.knowledge.web;

import io.atumdesk.assist.TicketVectors;
import io.atumdesk.core.Actor;
import io.atumdesk.knowledge.KnowledgeSearch;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The articles best matching one ticket, as an htmx fragment the agent-assist panel loads. The
 * ticket's stored vector is used when there is one, so the model does not run again for it.
 */
@Controller
class KnowledgeAssistFragment {

  static final int ARTICLES = 5;

  private final TicketManagement tickets;
  private final TicketVectors vectors;
  private final KnowledgeSearch search;

  KnowledgeAssistFragment(TicketManagement tickets, TicketVectors vectors, KnowledgeSearch search) {
    this.tickets = tickets;
    this.vectors = vectors;
    this.search = search;
  }

  @GetMapping("/knowledge/for-ticket/{key}")
  String forTicket(Actor actor, @PathVariable String key, Model model) {
    Ticket ticket = tickets.get(actor, new TicketKey(key));
    String text =
        ticket.description() == null
            ? ticket.subject()
            : ticket.subject() + "\n" + ticket.description();
    model.addAttribute("ticketKey", ticket.key().value());
    model.addAttribute(
        "articles",
        vectors
            .vectorOf(ticket.id())
            .map(vector -> search.forText(text, vector, ARTICLES))
            .orElseGet(() -> search.forText(text, ARTICLES)));
    return "knowledge-assist :: articles";
  }
}
