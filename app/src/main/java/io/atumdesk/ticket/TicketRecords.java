package io.atumdesk.ticket;

import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.TimelineEntry.Kind;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes to tickets on behalf of their processes and the other modules: field changes with their
 * audit entries, events and decisions on the timeline. Callers already checked who may act.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TicketRecords {

  private final Tickets tickets;
  private final Timeline timeline;
  private final JsonMapper json;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final Mentions mentions;

  TicketRecords(
      Tickets tickets,
      Timeline timeline,
      JsonMapper json,
      Clock clock,
      ApplicationEventPublisher events,
      Mentions mentions) {
    this.tickets = tickets;
    this.timeline = timeline;
    this.json = json;
    this.clock = clock;
    this.events = events;
    this.mentions = mentions;
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Ticket byId(Long ticketId) {
    return tickets.findById(ticketId).orElseThrow(() -> new NotFoundException("Ticket", ticketId));
  }

  /** Sets one field; writes an audit entry if the value changed. */
  public boolean change(Long ticketId, TicketField field, Object value, String actor) {
    return change(byId(ticketId), field, value, actor);
  }

  /**
   * Applies every entry named like one of the {@code allowed} ticket fields; other names (process
   * variables such as an SLA target) are left alone.
   */
  public void applyNamedFields(
      Long ticketId, Map<String, ?> values, String actor, Set<TicketField> allowed) {
    Ticket ticket = byId(ticketId);
    values.forEach(
        (name, value) ->
            TicketField.byApiName(name)
                .filter(allowed::contains)
                .ifPresent(field -> change(ticket, field, value, actor)));
  }

  boolean change(Ticket ticket, TicketField field, Object value, String actor) {
    var now = clock.instant();
    TicketStatus before = ticket.status();
    boolean changed =
        ticket
            .change(field, value, now)
            .map(c -> timeline.save(TimelineEntry.fieldChanged(ticket, c, actor, now)))
            .isPresent();
    if (changed && field == TicketField.STATUS) {
      events.publishEvent(
          new TicketStatusChanged(ticket.id(), ticket.tenantId(), before, ticket.status()));
    }
    return changed;
  }

  /** Moves the ticket, and with it its open group task, to a group and (or no) agent. */
  public void reassign(Long ticketId, String assignmentGroup, String assignee, String actor) {
    Ticket ticket = byId(ticketId);
    change(ticket, TicketField.ASSIGNMENT_GROUP, assignmentGroup, actor);
    change(ticket, TicketField.ASSIGNEE, assignee, actor);
    reassigned(ticket);
  }

  public void recordEvent(Long ticketId, String actor, String text, Map<String, ?> details) {
    record(ticketId, Kind.EVENT, actor, text, details);
  }

  /** An event only staff see on the timeline, such as a likely duplicate found by similarity. */
  public void recordForStaff(Long ticketId, String actor, String text, Map<String, ?> details) {
    recordForStaff(byId(ticketId), actor, text, details);
  }

  /** A decision with its inputs, outputs and matched rules, so that "why?" has an answer. */
  public void recordDecision(Long ticketId, String text, Map<String, ?> explanation) {
    record(ticketId, Kind.DECISION, "system", text, explanation);
  }

  /** Counts the reopening; the rejected resolution stays in the audit trail, not on the ticket. */
  public void reopen(Long ticketId, String actor) {
    Ticket ticket = byId(ticketId);
    ticket.reopened(clock.instant());
    change(ticket, TicketField.RESOLUTION, null, actor);
    recordEvent(ticketId, actor, "Reopened (" + ticket.reopenCount() + ")", Map.of());
  }

  /** Tells the workflow that the ticket changed hands, so its open group task follows. */
  void reassigned(Ticket ticket) {
    events.publishEvent(
        new TicketReassigned(
            ticket.id(), ticket.processInstanceId(), ticket.assignmentGroup(), ticket.assignee()));
  }

  /** A public reply (or internal note) written as part of completing a step. */
  public void reply(Long ticketId, String actor, String body, boolean internal) {
    comment(byId(ticketId), actor, body, internal);
  }

  /**
   * The one place replies and notes are written. Only internal notes notify the staff they mention:
   * a public reply is written for the requester, and customers write replies too, so an
   * {@code @name} there must never page an agent.
   */
  TimelineEntry comment(Ticket ticket, String actor, String body, boolean internal) {
    Kind kind = internal ? Kind.NOTE : Kind.REPLY;
    TimelineEntry entry = new TimelineEntry(ticket, kind, actor, clock.instant(), internal, body);
    Set<String> mentioned = internal ? mentions.staffIn(ticket, actor, body) : Set.of();
    if (!mentioned.isEmpty()) {
      entry.withDetails(json.writeValueAsString(Map.of("mentioned", mentioned)));
    }
    timeline.save(entry);
    events.publishEvent(
        new CommentAdded(
            ticket.id(), ticket.key(), actor, internal, actor.equals(ticket.requester())));
    if (!internal) {
      events.publishEvent(
          new ReplyPosted(
              ticket.tenantId(),
              ticket.id(),
              ticket.key(),
              entry.id(),
              actor,
              body,
              actor.equals(ticket.requester())));
    }
    mentions.announce(ticket, actor, mentioned, body);
    return entry;
  }

  /** Records the language the ticket was detected to be written in, before its process starts. */
  public void writtenIn(Long ticketId, String language) {
    byId(ticketId).writtenIn(language);
  }

  public void attachProcess(Long ticketId, String processInstanceId) {
    byId(ticketId).attachProcess(processInstanceId);
  }

  TimelineEntry record(
      Long ticketId, Kind kind, String actor, String text, Map<String, ?> details) {
    return record(byId(ticketId), kind, actor, text, details);
  }

  TimelineEntry record(
      Ticket ticket, Kind kind, String actor, String text, Map<String, ?> details) {
    return record(ticket, kind, actor, text, details, false);
  }

  /** An event only staff see on the timeline, such as a link to another ticket. */
  TimelineEntry recordForStaff(Ticket ticket, String actor, String text, Map<String, ?> details) {
    return record(ticket, Kind.EVENT, actor, text, details, true);
  }

  private TimelineEntry record(
      Ticket ticket,
      Kind kind,
      String actor,
      String text,
      Map<String, ?> details,
      boolean internal) {
    TimelineEntry entry = new TimelineEntry(ticket, kind, actor, clock.instant(), internal, text);
    if (details != null && !details.isEmpty()) {
      entry.withDetails(json.writeValueAsString(details));
    }
    return timeline.save(entry);
  }
}
