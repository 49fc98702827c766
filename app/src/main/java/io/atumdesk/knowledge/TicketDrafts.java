package io.atumdesk.knowledge;

import io.atumdesk.assist.LanguageDetection;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TimelineEntry;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Draft an article from this resolved ticket": the subject becomes the title, the description the
 * problem, the resolution and the public replies the answer. The draft is internal until someone
 * decides it may be public, since a customer's ticket can name people and machines. Its language is
 * detected from the text (English when undetermined or not one the knowledge base analyzes).
 */
@Service
public class TicketDrafts {

  static final int MAX_REPLIES = 10;

  private final TicketManagement tickets;
  private final KnowledgeBase knowledge;
  private final LanguageDetection languages;

  TicketDrafts(TicketManagement tickets, KnowledgeBase knowledge, LanguageDetection languages) {
    this.tickets = tickets;
    this.knowledge = knowledge;
    this.languages = languages;
  }

  @Transactional
  public ArticleView draftFrom(Actor actor, TicketKey key) {
    KnowledgeManagers.requireStaff(actor);
    Ticket ticket = tickets.get(actor, key);
    if (ticket.status() != TicketStatus.RESOLVED && ticket.status() != TicketStatus.CLOSED) {
      throw new ConflictException(
          "Ticket " + key + " is " + ticket.status() + "; draft articles from resolved tickets.");
    }
    List<String> replies =
        tickets.timeline(actor, key).stream()
            .filter(e -> e.kind() == TimelineEntry.Kind.REPLY && !e.internal())
            .filter(e -> e.body() != null && !e.body().isBlank())
            .filter(e -> !e.actor().equals(ticket.requester()))
            .map(TimelineEntry::body)
            .limit(MAX_REPLIES)
            .toList();
    StringBuilder body = new StringBuilder("## Problem\n\n");
    body.append(text(ticket.description(), ticket.subject())).append("\n\n## Solution\n\n");
    body.append(text(ticket.resolution(), "(describe the solution)")).append('\n');
    if (!replies.isEmpty()) {
      body.append("\n## What we told the customer\n");
      replies.forEach(reply -> body.append('\n').append(quoted(reply)).append('\n'));
    }
    String language = languages.detect(body.toString()).code();
    String title =
        ticket.subject().length() > ArticleRules.MAX_TITLE
            ? ticket.subject().substring(0, ArticleRules.MAX_TITLE)
            : ticket.subject();
    var content =
        new ArticleContent(
            title,
            body.toString(),
            ticket.category(),
            List.of(),
            ArticleRules.LANGUAGES.contains(language) ? language : "en",
            Audience.INTERNAL);
    return knowledge.create(actor, content, key.value());
  }

  private static String text(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value.strip();
  }

  private static String quoted(String reply) {
    return "> " + reply.strip().replace("\n", "\n> ");
  }
}
