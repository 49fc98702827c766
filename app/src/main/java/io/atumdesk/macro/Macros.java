package io.atumdesk.macro;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.people.Person;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's reply templates: admins write them, agents list them and fill one in for a ticket.
 */
@Service
public class Macros {

  private final ReplyTemplates templates;
  private final TicketManagement tickets;
  private final PeopleDirectory people;
  private final Clock clock;

  Macros(ReplyTemplates templates, TicketManagement tickets, PeopleDirectory people, Clock clock) {
    this.templates = templates;
    this.tickets = tickets;
    this.people = people;
    this.clock = clock;
  }

  /** The placeholders a template body may use, without their braces. */
  public List<String> placeholders() {
    return Placeholders.ACCEPTED;
  }

  /** The templates by name; with a language, those in it and those for any language. */
  @Transactional(readOnly = true)
  public List<ReplyTemplate> list(Actor actor, String language) {
    requireAgent(actor);
    return templates.findByTenantIdOrderByName(actor.tenantId()).stream()
        .filter(t -> language == null || t.language() == null || t.language().equals(language))
        .toList();
  }

  @Transactional(readOnly = true)
  public ReplyTemplate get(Actor actor, long id) {
    requireAgent(actor);
    return find(actor, id);
  }

  /**
   * @throws ConflictException if the tenant has a template of that name
   */
  @Transactional
  public ReplyTemplate create(Actor actor, TemplateForm form) {
    requireAdmin(actor);
    return save(actor, new ReplyTemplate(actor.tenantId()), form);
  }

  @Transactional
  public ReplyTemplate update(Actor actor, long id, TemplateForm form) {
    requireAdmin(actor);
    return save(actor, find(actor, id), form);
  }

  @Transactional
  public void delete(Actor actor, long id) {
    requireAdmin(actor);
    templates.delete(find(actor, id));
  }

  /** The template filled in for a ticket, with the caller as the agent. */
  @Transactional(readOnly = true)
  public RenderedReply render(Actor actor, TicketKey key, long id) {
    requireAgent(actor);
    ReplyTemplate template = find(actor, id);
    Ticket ticket = tickets.get(actor, key);
    Person requester = person(actor.tenantId(), ticket.requester());
    Person agent = person(actor.tenantId(), actor.username());
    Map<String, String> values =
        Map.of(
            "ticket.key", ticket.key().value(),
            "ticket.subject", ticket.subject(),
            "ticket.status", ticket.status().name().replace('_', ' ').toLowerCase(Locale.ROOT),
            "ticket.priority", ticket.priority() == null ? "" : ticket.priority().name(),
            "requester.name", requester.displayName(),
            "requester.firstName", requester.firstName(),
            "agent.name", agent.displayName(),
            "agent.firstName", agent.firstName());
    return new RenderedReply(Placeholders.render(template.body(), values), template.visibility());
  }

  private ReplyTemplate save(Actor actor, ReplyTemplate template, TemplateForm form) {
    if (form == null) {
      throw new InvalidInputException("body", "must be a reply template");
    }
    form.check();
    templates
        .findByTenantIdAndNameIgnoreCase(actor.tenantId(), form.name().strip())
        .filter(other -> !other.id().equals(template.id()))
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "A reply template named '%s' exists already; choose another name or edit it."
                      .formatted(other.name()));
            });
    template.replace(form, actor.username(), clock.instant());
    return templates.saveAndFlush(template);
  }

  private ReplyTemplate find(Actor actor, long id) {
    return templates
        .findByTenantIdAndId(actor.tenantId(), id)
        .orElseThrow(() -> new NotFoundException("Reply template", id));
  }

  /** A requester without an account (raised for someone else) is shown by username. */
  private Person person(String tenantId, String username) {
    return people.person(tenantId, username).orElseGet(() -> new Person(username, username));
  }

  private static void requireAgent(Actor actor) {
    if (!actor.has(Role.AGENT) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only agents and admins use reply templates.");
    }
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins write reply templates.");
    }
  }
}
