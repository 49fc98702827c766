package io.atumdesk.assist.panel;

import io.atumdesk.assist.LanguageDetection;
import io.atumdesk.assist.panel.ArticleSuggestions.SuggestedArticle;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.Role;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.people.Person;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The agent assist for one ticket: similar resolved tickets, suggested replies per tone in the
 * customer's language, the customer's frustration, and on request a draft by the local model.
 * Agents and admins only; another tenant's ticket does not exist.
 */
@Service
public class AgentAssist {

  /** The best match's resolution goes into the reply only from this similarity on. */
  static final double RESOLUTION_FITS = 0.6;

  private static final int LANGUAGE_SAMPLE = 1_000;

  private final TicketManagement tickets;
  private final PeopleDirectory people;
  private final SimilarResolvedTickets similar;
  private final LanguageDetection languages;
  private final ToneTemplates templates;
  private final CustomerFrustration frustration;
  private final ReplyDrafting drafting;
  private final ObjectProvider<ArticleSuggestions> articles;

  AgentAssist(
      TicketManagement tickets,
      PeopleDirectory people,
      SimilarResolvedTickets similar,
      LanguageDetection languages,
      ToneTemplates templates,
      CustomerFrustration frustration,
      ReplyDrafting drafting,
      ObjectProvider<ArticleSuggestions> articles) {
    this.tickets = tickets;
    this.people = people;
    this.similar = similar;
    this.languages = languages;
    this.templates = templates;
    this.frustration = frustration;
    this.drafting = drafting;
    this.articles = articles;
  }

  public TicketAssist assist(Actor actor, TicketKey key) {
    ArticleSuggestions knowledge = articles.getIfAvailable();
    return assist(actor, key, knowledge == null ? null : knowledge.forTicket(actor, key));
  }

  /**
   * The same for the ticket page's card, without articles: the card loads them from the knowledge
   * module's own fragment, so searching them here too would search twice.
   */
  TicketAssist forCard(Actor actor, TicketKey key) {
    return assist(actor, key, null);
  }

  private TicketAssist assist(Actor actor, TicketKey key, List<SuggestedArticle> found) {
    Context context = context(actor, key);
    return new TicketAssist(
        key.value(),
        found,
        context.similar(),
        context.facts().language().getLanguage(),
        templates.renderAll(context.facts()),
        frustration.score(context.ticket(), context.messages()),
        frustration.isFrustrated(context.ticket().id()),
        context.ticket().status().isOpen(),
        drafting.available());
  }

  /** The template reply in one tone. */
  public ReplyDraft reply(Actor actor, TicketKey key, Tone tone) {
    Context context = context(actor, key);
    return ReplyDraft.template(tone, templates.render(tone, context.facts()));
  }

  /** The local model's draft in one tone, or the template with the reason it stands in. */
  public ReplyDraft draft(Actor actor, TicketKey key, Tone tone) {
    Context context = context(actor, key);
    String template = templates.render(tone, context.facts());
    if (!drafting.available()) {
      return new ReplyDraft(
          tone, template, ReplyDraft.Source.TEMPLATE, ReplyDraft.Fallback.UNAVAILABLE);
    }
    return drafting.draft(tone, context.facts(), context.messages().joined(8_000), template);
  }

  /** Refuses anyone but agents and admins, and tickets the caller cannot see. */
  public void check(Actor actor, TicketKey key) {
    ticket(actor, key);
  }

  private Ticket ticket(Actor actor, TicketKey key) {
    requireStaff(actor);
    return tickets.get(actor, key);
  }

  /** The assist (its card, replies, summaries) is for agents and admins only. */
  static void requireStaff(Actor actor) {
    if (!actor.has(Role.AGENT) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only agents and admins use the agent assist.");
    }
  }

  private Context context(Actor actor, TicketKey key) {
    Ticket ticket = ticket(actor, key);
    CustomerMessages messages = CustomerMessages.of(ticket, tickets.timeline(actor, key));
    List<SimilarTicket> found = similar.to(ticket);
    String resolution =
        found.stream()
            .filter(t -> t.similarity() >= RESOLUTION_FITS && t.resolution() != null)
            .map(SimilarTicket::resolution)
            .findFirst()
            .orElse(null);
    Person requester =
        people
            .person(ticket.tenantId(), ticket.requester())
            .orElseGet(() -> new Person(ticket.requester(), ticket.requester()));
    String language = languages.detect(messages.joined(LANGUAGE_SAMPLE)).code();
    ReplyFacts facts =
        new ReplyFacts(
            requester.firstName(),
            ticket.key().value(),
            resolution,
            ToneTemplates.replyLanguage(language));
    return new Context(ticket, messages, found, facts);
  }

  private record Context(
      Ticket ticket, CustomerMessages messages, List<SimilarTicket> similar, ReplyFacts facts) {}
}
