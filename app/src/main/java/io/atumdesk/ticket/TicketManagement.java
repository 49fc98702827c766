package io.atumdesk.ticket;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.ticket.TimelineEntry.Kind;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people do with tickets: raise, find, change, comment. Customers see and touch only tickets
 * they requested, and never internal notes; a ticket they may not see does not exist for them.
 */
@Service
public class TicketManagement {

  private static final Set<TicketField> ASSIGNMENT =
      Set.of(TicketField.ASSIGNMENT_GROUP, TicketField.ASSIGNEE);

  private final Tickets tickets;
  private final Timeline timeline;
  private final TicketKeys keys;
  private final TicketRecords records;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final PeopleDirectory people;

  TicketManagement(
      Tickets tickets,
      Timeline timeline,
      TicketKeys keys,
      TicketRecords records,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      Clock clock,
      PeopleDirectory people) {
    this.tickets = tickets;
    this.timeline = timeline;
    this.keys = keys;
    this.records = records;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.people = people;
  }

  /** Raises a ticket and starts its process, both in one transaction (the key is taken before). */
  public Ticket raise(Actor actor, RaiseTicket command) {
    return raise(actor, command, ticket -> Map.of());
  }

  /**
   * Raises a ticket of a kind that adds its own row (a change's plan, a catalog order's items):
   * {@code details} runs in the same transaction after the ticket row is saved and before the
   * process starts, and returns the variables the process starts with (ids and decisions only).
   */
  public Ticket raise(
      Actor actor, RaiseTicket command, Function<Ticket, Map<String, Object>> details) {
    if (command.type() == null || command.subject() == null || command.subject().isBlank()) {
      throw new InvalidInputException(
          command.type() == null ? "type" : "subject", "must be given to raise a ticket");
    }
    String requester = requesterFor(actor, command.requester());
    TicketKey key = keys.next(actor.tenantId(), command.type());
    return transaction.execute(
        status -> {
          Ticket ticket =
              new Ticket(actor.tenantId(), key, command.type(), requester, clock.instant());
          ticket.change(TicketField.SUBJECT, command.subject(), ticket.createdAt());
          ticket.change(TicketField.DESCRIPTION, command.description(), ticket.createdAt());
          ticket.change(TicketField.CATEGORY, command.category(), ticket.createdAt());
          ticket.change(TicketField.IMPACT, command.impact(), ticket.createdAt());
          ticket.change(TicketField.URGENCY, command.urgency(), ticket.createdAt());
          tickets.save(ticket);
          records.record(ticket, Kind.EVENT, actor.username(), "Raised by " + requester, Map.of());
          Map<String, Object> variables = details.apply(ticket);
          events.publishEvent(
              new TicketRaised(
                  ticket.id(), key, ticket.type(), actor.tenantId(), requester, variables));
          return ticket;
        });
  }

  @Transactional(readOnly = true)
  public Ticket get(Actor actor, TicketKey key) {
    return visible(actor, key);
  }

  /** The tickets with these keys that the caller may see, in one query; others are left out. */
  @Transactional(readOnly = true)
  public List<Ticket> find(Actor actor, Collection<TicketKey> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return tickets.findByKeyIn(keys.stream().map(TicketKey::value).toList()).stream()
        .filter(t -> actor.isStaff() || actor.username().equals(t.requester()))
        .toList();
  }

  @Transactional(readOnly = true)
  public Page<Ticket> search(Actor actor, TicketFilter filter, Pageable page) {
    if (!actor.isCustomerOnly()) {
      return tickets.findAll(TicketSpecifications.matching(filter), page);
    }
    if (filter.requester() != null && !filter.requester().equals(actor.username())) {
      return Page.empty(page);
    }
    TicketFilter own =
        new TicketFilter(
            filter.statuses(),
            filter.types(),
            filter.priorities(),
            filter.assignmentGroup(),
            filter.assignee(),
            actor.username(),
            filter.text());
    return tickets.findAll(TicketSpecifications.matching(own), page);
  }

  /**
   * Changes fields by hand; refused when {@code expectedVersion} is no longer current. Moving the
   * ticket to another group or agent moves its open group task too.
   */
  @Transactional
  public Ticket update(
      Actor actor, TicketKey key, long expectedVersion, Map<TicketField, Object> changes) {
    Ticket ticket = visible(actor, key);
    if (!actor.isStaff()) {
      throw new ForbiddenException("Only agents may change a ticket's fields.");
    }
    requireOpen(ticket);
    if (ticket.version() != expectedVersion) {
      throw new ConflictException(
          "Ticket %s is at version %d, not %d; reload it and apply your change again."
              .formatted(key, ticket.version(), expectedVersion));
    }
    for (TicketField followsProcess : List.of(TicketField.STATUS, TicketField.RESOLUTION)) {
      if (changes.containsKey(followsProcess)) {
        throw new InvalidInputException(
            followsProcess.apiName(), "follows the ticket's process: complete its task instead");
      }
    }
    checkAssignment(actor, ticket, changes);
    boolean reassigned = false;
    for (var change : changes.entrySet()) {
      boolean changed =
          records.change(ticket, change.getKey(), change.getValue(), actor.username());
      reassigned |= changed && ASSIGNMENT.contains(change.getKey());
    }
    if (reassigned) {
      records.reassigned(ticket);
    }
    tickets.flush();
    return ticket;
  }

  private void checkAssignment(Actor actor, Ticket ticket, Map<TicketField, Object> changes) {
    String group =
        (String) changes.getOrDefault(TicketField.ASSIGNMENT_GROUP, ticket.assignmentGroup());
    if (changes.containsKey(TicketField.ASSIGNMENT_GROUP)
        && (group == null || !people.groupExists(actor.tenantId(), group))) {
      throw new InvalidInputException("assignmentGroup", "names no group of this tenant");
    }
    String assignee = (String) changes.getOrDefault(TicketField.ASSIGNEE, ticket.assignee());
    if (assignee != null
        && (changes.containsKey(TicketField.ASSIGNEE)
            || changes.containsKey(TicketField.ASSIGNMENT_GROUP))
        && !people.isMember(actor.tenantId(), assignee, group)) {
      throw new InvalidInputException(
          "assignee", "must be a member of the assignment group '" + group + "'");
    }
  }

  private static void requireOpen(Ticket ticket) {
    if (!ticket.status().isOpen()) {
      throw new ConflictException(
          "Ticket " + ticket.key() + " is closed and can no longer change; raise a new one.");
    }
  }

  @Transactional
  public TimelineEntry comment(Actor actor, TicketKey key, String body, boolean internal) {
    Ticket ticket = visible(actor, key);
    requireOpen(ticket);
    if (internal && !actor.isStaff()) {
      throw new ForbiddenException("Only agents may write internal notes.");
    }
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("body", "must not be blank");
    }
    return records.comment(ticket, actor.username(), body, internal);
  }

  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Actor actor, TicketKey key) {
    Ticket ticket = visible(actor, key);
    return actor.isStaff()
        ? timeline.findByTicketIdOrderByOccurredAtAscIdAsc(ticket.id())
        : timeline.findByTicketIdAndInternalFalseOrderByOccurredAtAscIdAsc(ticket.id());
  }

  /** The ticket if the caller may see it: staff see all of the tenant, customers their own. */
  Ticket visible(Actor actor, TicketKey key) {
    return tickets
        .findByKey(key.value())
        .filter(t -> actor.isStaff() || actor.username().equals(t.requester()))
        .orElseThrow(() -> new NotFoundException("Ticket", key));
  }

  private static String requesterFor(Actor actor, String requested) {
    if (requested == null || requested.isBlank() || requested.equals(actor.username())) {
      return actor.username();
    }
    if (!actor.isStaff()) {
      throw new ForbiddenException("Customers raise tickets for themselves only.");
    }
    return requested.trim();
  }
}
