package io.atumdesk.assist.panel;

import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import java.util.List;

/**
 * Knowledge articles matching a ticket, for the assist API. Implemented by the knowledge module
 * when it is present; without an implementation the API answers {@code "articles": null} and the
 * panel shows whatever {@code /knowledge/for-ticket/{key}} serves (nothing while it does not
 * exist).
 */
public interface ArticleSuggestions {

  List<SuggestedArticle> forTicket(Actor actor, TicketKey key);

  /** One article: its id, title, where to read it and how well it matches (0 to 1). */
  record SuggestedArticle(String id, String title, String url, double score) {}
}
