package io.atumdesk.knowledge;

import io.atumdesk.assist.TicketVectors;
import io.atumdesk.assist.panel.ArticleSuggestions;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles best matching one ticket, for the agent assist (its API and the panel's fragment).
 * The ticket's stored vector is used when there is one, so the model does not run again for it.
 */
@Service
public class TicketArticles implements ArticleSuggestions {

  static final int ARTICLES = 5;

  private final TicketManagement tickets;
  private final TicketVectors vectors;
  private final KnowledgeSearch search;
  private final Articles articles;
  private final KnowledgeProperties properties;

  TicketArticles(
      TicketManagement tickets,
      TicketVectors vectors,
      KnowledgeSearch search,
      Articles articles,
      KnowledgeProperties properties) {
    this.tickets = tickets;
    this.vectors = vectors;
    this.search = search;
    this.articles = articles;
    this.properties = properties;
  }

  /** Reads the ticket as {@code actor} (404 for another tenant's, 403 where not allowed). */
  public List<ArticleMatch> matches(Actor actor, TicketKey key) {
    return matches(tickets.get(actor, key));
  }

  private List<ArticleMatch> matches(Ticket ticket) {
    String text =
        ticket.description() == null
            ? ticket.subject()
            : ticket.subject() + "\n" + ticket.description();
    return vectors
        .vectorOf(ticket.id())
        .map(vector -> search.forText(text, vector, ARTICLES))
        .orElseGet(() -> search.forText(text, ARTICLES));
  }

  /**
   * The matches with what a reply may link to: public articles with their portal address while the
   * ticket takes replies (in the current tenant, read in one query), internal ones marked so.
   */
  @Transactional(readOnly = true)
  public List<AssistArticle> forReply(Actor actor, TicketKey key) {
    Ticket ticket = tickets.get(actor, key);
    List<ArticleMatch> matches = matches(ticket);
    boolean replies = ticket.status().isOpen();
    Set<Long> forCustomers =
        articles.findByIdIn(matches.stream().map(ArticleMatch::id).toList()).stream()
            .filter(KnowledgeSearch::publicAndPublished)
            .map(Article::id)
            .collect(Collectors.toSet());
    String base = properties.linkBaseUrl().replaceAll("/+$", "");
    return matches.stream()
        .map(
            match ->
                forCustomers.contains(match.id())
                    ? new AssistArticle(
                        match, true, replies ? base + "/portal/knowledge/" + match.id() : null)
                    : new AssistArticle(match, false, null))
        .toList();
  }

  @Override
  public List<SuggestedArticle> forTicket(Actor actor, TicketKey key) {
    return matches(actor, key).stream()
        .map(
            article ->
                new SuggestedArticle(
                    String.valueOf(article.id()), article.title(), article.url(), article.score()))
        .toList();
  }
}
