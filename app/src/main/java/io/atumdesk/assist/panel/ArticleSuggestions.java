package io.atumdesk.assist.panel;

import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import java.util.List;

/**
 * Knowledge articles matching a ticket, for the assist API; the knowledge module answers it ({@code
 * knowledge.TicketArticles}), and the panel loads its fragment {@code /knowledge/for-ticket/{key}}.
 * Without an implementation the API answers {@code "articles": null}.
 */
public interface ArticleSuggestions {

  List<SuggestedArticle> forTicket(Actor actor, TicketKey key);

  /**
   * One article: its id, title, where to read it and its fused search score (higher matches
   * better).
   */
  record SuggestedArticle(String id, String title, String url, double score) {}
}
