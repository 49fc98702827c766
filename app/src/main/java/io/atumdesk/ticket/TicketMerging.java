package io.atumdesk.ticket;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.TimelineEntry.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ticket side of merging a duplicate into the ticket that goes on: its replies and notes are
 * copied onto the survivor in their order and marked as merged, the two are linked (duplicate of),
 * the duplicate gets a closing note and resolution, and its requester is told ({@link
 * TicketMerged}). The caller ends the duplicate's process and carries its files over in the same
 * transaction. A retry of a merge that happened answers what it did, without doing it again.
 */
@Service
public class TicketMerging {

  private static final Set<Kind> CONVERSATION = Set.of(Kind.REPLY, Kind.NOTE);

  private final Tickets tickets;
  private final Timeline timeline;
  private final TicketLinks links;
  private final LinkedTickets linked;
  private final TicketRecords records;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;

  TicketMerging(
      Tickets tickets,
      Timeline timeline,
      TicketLinks links,
      LinkedTickets linked,
      TicketRecords records,
      ApplicationEventPublisher events,
      JsonMapper json) {
    this.tickets = tickets;
    this.timeline = timeline;
    this.links = links;
    this.linked = linked;
    this.records = records;
    this.events = events;
    this.json = json;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public TicketMerge merge(Actor actor, TicketKey duplicateKey, TicketKey survivorKey) {
    if (!actor.isStaff()) {
      throw new ForbiddenException("Only agents merge tickets.");
    }
    if (survivorKey == null) {
      throw new InvalidInputException(
          "into", "must name the ticket to merge into, e.g. INC-000001");
    }
    if (survivorKey.equals(duplicateKey)) {
      throw new InvalidInputException("into", "must name another ticket: " + duplicateKey);
    }
    Ticket duplicate = find(duplicateKey);
    Ticket survivor = find(survivorKey);
    if (alreadyMerged(duplicate, survivor)) {
      return outcome(duplicate, survivor, true, Map.of());
    }
    refuseUnmergeable(duplicate, survivor);
    Map<Long, Long> copies = copyConversation(duplicate, survivor);
    relink(actor, duplicate, survivor);
    records.recordForStaff(
        survivor,
        actor.username(),
        "Merged %s into this ticket: %d replies and notes carried over"
            .formatted(duplicate.key(), copies.size()),
        Map.of("merged", duplicate.key().value()));
    records.record(
        duplicate,
        Kind.EVENT,
        actor.username(),
        "Merged into " + survivor.key() + " as its duplicate; the work goes on there",
        Map.of("mergedInto", survivor.key().value()));
    // Also bumps the duplicate's version, so two merges of one ticket at once cannot both commit.
    records.change(
        duplicate, TicketField.RESOLUTION, "Duplicate of " + survivor.key(), actor.username());
    events.publishEvent(
        new TicketMerged(
            duplicate.tenantId(),
            duplicate.id(),
            duplicate.key(),
            survivor.key(),
            duplicate.requester()));
    return outcome(duplicate, survivor, false, copies);
  }

  private Ticket find(TicketKey key) {
    return tickets.findByKey(key.value()).orElseThrow(() -> new NotFoundException("Ticket", key));
  }

  private boolean alreadyMerged(Ticket duplicate, Ticket survivor) {
    return duplicate.status() == TicketStatus.CLOSED
        && links
            .between(duplicate.id(), survivor.id())
            .filter(l -> l.kindFrom(duplicate.id()) == LinkKind.DUPLICATE_OF)
            .isPresent()
        && ("Duplicate of " + survivor.key()).equals(duplicate.resolution());
  }

  private static void refuseUnmergeable(Ticket duplicate, Ticket survivor) {
    if (duplicate.type() != survivor.type()) {
      throw new InvalidInputException(
          "into",
          "%s is a %s and %s a %s: only tickets of one type merge; link them instead"
              .formatted(duplicate.key(), duplicate.type(), survivor.key(), survivor.type()));
    }
    if (duplicate.type() == TicketType.CHANGE) {
      throw new InvalidInputException(
          "into", "changes are not merged, each has its own approval; link them instead");
    }
    if (duplicate.status() == TicketStatus.CLOSED) {
      throw new ConflictException(
          duplicate.key() + " is closed; only a ticket that is still open can be merged.");
    }
    if (survivor.status() == TicketStatus.CLOSED || survivor.status() == TicketStatus.RESOLVED) {
      throw new ConflictException(
          "%s is %s; merge into a ticket that is still being worked on."
              .formatted(
                  survivor.key(), survivor.status().name().toLowerCase(java.util.Locale.ROOT)));
    }
  }

  /** Copies in the duplicate's order; a customer never reads another customer's messages. */
  private Map<Long, Long> copyConversation(Ticket duplicate, Ticket survivor) {
    boolean staffOnly = staffOnly(duplicate, survivor);
    Map<Long, Long> copies = new LinkedHashMap<>();
    for (TimelineEntry entry : timeline.findByTicketIdOrderByOccurredAtAscIdAsc(duplicate.id())) {
      if (CONVERSATION.contains(entry.kind())) {
        String details =
            json.writeValueAsString(
                Map.of("mergedFrom", duplicate.key().value(), "entry", entry.id()));
        copies.put(entry.id(), timeline.save(entry.copiedTo(survivor, staffOnly, details)).id());
      }
    }
    return copies;
  }

  /** An agent may have linked the two already, as duplicates or otherwise. */
  private void relink(Actor actor, Ticket duplicate, Ticket survivor) {
    var existing = links.between(duplicate.id(), survivor.id());
    if (existing.isPresent() && existing.get().kindFrom(duplicate.id()) == LinkKind.DUPLICATE_OF) {
      return;
    }
    if (existing.isPresent()) {
      linked.unlink(actor, duplicate.key(), survivor.key());
    }
    linked.link(actor, duplicate.key(), LinkKind.DUPLICATE_OF, survivor.key());
  }

  private static boolean staffOnly(Ticket duplicate, Ticket survivor) {
    return !Objects.equals(duplicate.requester(), survivor.requester());
  }

  private static TicketMerge outcome(
      Ticket duplicate, Ticket survivor, boolean repeated, Map<Long, Long> copies) {
    return new TicketMerge(
        duplicate.id(),
        duplicate.key(),
        duplicate.processInstanceId(),
        survivor.id(),
        survivor.key(),
        repeated,
        copies,
        staffOnly(duplicate, survivor));
  }
}
