package io.atumdesk.assist.similar;

import io.atumdesk.assist.TicketMatch;
import io.atumdesk.assist.TicketScope;
import io.atumdesk.assist.TicketVectors;
import io.atumdesk.assist.similar.SimilarTicketsView.Duplicate;
import io.atumdesk.assist.similar.SimilarTicketsView.Similar;
import io.atumdesk.assist.similar.SimilarTicketsView.Storm;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket's most similar open and resolved tickets, its likely duplicate and its alert storm, for
 * staff: customers must not learn of other people's tickets. Reads only stored vectors, so the page
 * costs two index lookups and no embedding.
 */
@Service
public class SimilarTickets {

  private static final int NAMED_CHILDREN = 10;

  private final TicketManagement tickets;
  private final TicketRecords records;
  private final TicketVectors vectors;
  private final DuplicateFlags flags;
  private final StormChildren storms;
  private final SimilarTicketsProperties properties;

  SimilarTickets(
      TicketManagement tickets,
      TicketRecords records,
      TicketVectors vectors,
      DuplicateFlags flags,
      StormChildren storms,
      SimilarTicketsProperties properties) {
    this.tickets = tickets;
    this.records = records;
    this.vectors = vectors;
    this.flags = flags;
    this.storms = storms;
    this.properties = properties;
  }

  @Transactional(readOnly = true)
  public SimilarTicketsView of(Actor actor, TicketKey key) {
    Ticket ticket = staffTicket(actor, key);
    Duplicate duplicate = flags.findByTicketId(ticket.id()).map(this::duplicate).orElse(null);
    Optional<Long> parent = stormParentOf(ticket.id());
    List<StormChild> children =
        parent.map(storms::findByParentTicketIdOrderByIdAsc).orElse(List.of());
    Storm storm = parent.map(id -> storm(id, id.equals(ticket.id()), children)).orElse(null);
    Optional<float[]> vector = vectors.vectorOf(ticket.id());
    if (vector.isEmpty()) {
      return new SimilarTicketsView(true, List.of(), List.of(), duplicate, storm);
    }
    // The storm's own tickets are listed as the storm, not again as similar ones.
    Set<Long> excluded = new HashSet<>(Set.of(ticket.id()));
    parent.ifPresent(excluded::add);
    children.forEach(c -> excluded.add(c.childTicketId()));
    return new SimilarTicketsView(
        false,
        similar(vector.get(), TicketScope.OPEN, excluded),
        similar(vector.get(), TicketScope.RESOLVED, excluded),
        duplicate,
        storm);
  }

  /** The ticket if the caller is staff and it exists in their tenant. */
  Ticket staffTicket(Actor actor, TicketKey key) {
    if (!actor.isStaff()) {
      throw new ForbiddenException("Only agents see similar tickets and duplicates.");
    }
    return tickets.get(actor, key);
  }

  private List<Similar> similar(float[] vector, TicketScope scope, Set<Long> excluded) {
    return vectors.nearest(vector, properties.similarLimit(), scope, excluded).stream()
        .filter(m -> m.score() >= properties.similarFloor())
        .map(this::similar)
        .toList();
  }

  private Similar similar(TicketMatch match) {
    Ticket other = records.byId(match.ticketId());
    return new Similar(
        other.key().value(),
        other.subject(),
        other.status(),
        round(match.score()),
        other.resolution());
  }

  private Duplicate duplicate(DuplicateFlag flag) {
    Ticket of = records.byId(flag.candidateTicketId());
    return new Duplicate(
        of.key().value(), of.subject(), round(flag.score()), flag.state().name(), flag.decidedBy());
  }

  private Optional<Long> stormParentOf(Long ticketId) {
    return storms.existsByParentTicketId(ticketId)
        ? Optional.of(ticketId)
        : storms.findByChildTicketId(ticketId).map(StormChild::parentTicketId);
  }

  private Storm storm(Long parentId, boolean leads, List<StormChild> children) {
    return new Storm(
        records.byId(parentId).key().value(),
        leads,
        children.size(),
        children.stream()
            .limit(NAMED_CHILDREN)
            .map(c -> records.byId(c.childTicketId()).key().value())
            .toList());
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
