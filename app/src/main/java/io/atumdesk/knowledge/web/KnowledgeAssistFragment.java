package io.atumdesk.knowledge.web;

import io.atumdesk.core.Actor;
import io.atumdesk.knowledge.TicketArticles;
import io.atumdesk.ticket.TicketKey;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The articles best matching one ticket, as an htmx fragment the agent-assist panel loads. */
@Controller
class KnowledgeAssistFragment {

  private final TicketArticles articles;

  KnowledgeAssistFragment(TicketArticles articles) {
    this.articles = articles;
  }

  @GetMapping("/knowledge/for-ticket/{key}")
  String forTicket(Actor actor, @PathVariable String key, Model model) {
    TicketKey ticket = new TicketKey(key);
    model.addAttribute("ticketKey", ticket.value());
    model.addAttribute("articles", articles.forReply(actor, ticket));
    return "knowledge-assist :: articles";
  }
}
