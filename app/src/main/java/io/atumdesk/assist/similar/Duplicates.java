package io.atumdesk.assist.similar;

import io.atumdesk.assist.TicketMatch;
import io.atumdesk.assist.TicketScope;
import io.atumdesk.assist.TicketVectors;
import io.atumdesk.assist.similar.DuplicateFlag.State;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.LinkKind;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatus;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicates: a new open ticket alike above the threshold to an older open one is flagged,
 * on the staff timeline too; an agent dismisses the flag, links the two, or merges (see {@link
 * TicketMerges}).
 */
@Service
public class Duplicates {

  private static final int CANDIDATES = 5;

  private final TicketVectors vectors;
  private final TicketRecords records;
  private final LinkedTickets links;
  private final DuplicateFlags flags;
  private final SimilarTickets similar;
  private final SimilarTicketsProperties properties;
  private final Clock clock;

  Duplicates(
      TicketVectors vectors,
      TicketRecords records,
      LinkedTickets links,
      DuplicateFlags flags,
      SimilarTickets similar,
      SimilarTicketsProperties properties,
      Clock clock) {
    this.vectors = vectors;
    this.records = records;
    this.links = links;
    this.flags = flags;
    this.similar = similar;
    this.properties = properties;
    this.clock = clock;
  }

  /** Flags the ticket's likely duplicate, once; in the current tenant and transaction. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Optional<TicketKey> check(Long ticketId) {
    Ticket ticket = records.byId(ticketId);
    if (!working(ticket) || flags.findByTicketId(ticketId).isPresent()) {
      return Optional.empty();
    }
    return vectors
        .vectorOf(ticketId)
        .flatMap(
            vector ->
                vectors.nearest(vector, CANDIDATES, TicketScope.OPEN, Set.of(ticketId)).stream()
                    .filter(m -> m.score() >= properties.duplicateThreshold())
                    .filter(m -> olderThan(records.byId(m.ticketId()), ticket))
                    .findFirst())
        .map(match -> flag(ticket, match));
  }

  private TicketKey flag(Ticket ticket, TicketMatch match) {
    Ticket original = records.byId(match.ticketId());
    flags.save(new DuplicateFlag(ticket.id(), original.id(), match.score(), clock.instant()));
    records.recordForStaff(
        ticket.id(),
        Actor.SYSTEM,
        "Likely duplicate of %s (similarity %.2f)".formatted(original.key(), match.score()),
        Map.of("duplicateOf", original.key().value(), "score", match.score()));
    return original.key();
  }

  @Transactional
  public void dismiss(Actor actor, TicketKey key) {
    Ticket ticket = similar.staffTicket(actor, key);
    DuplicateFlag flag = undecided(ticket);
    flag.decide(State.DISMISSED, actor.username(), clock.instant());
    records.recordForStaff(
        ticket.id(),
        actor.username(),
        "Not a duplicate of " + records.byId(flag.candidateTicketId()).key() + ": flag dismissed",
        Map.of("dismissed", records.byId(flag.candidateTicketId()).key().value()));
  }

  /** Links the ticket to its likely duplicate's original ("duplicate of"); both stay open. */
  @Transactional
  public TicketKey link(Actor actor, TicketKey key) {
    Ticket ticket = similar.staffTicket(actor, key);
    DuplicateFlag flag = undecided(ticket);
    TicketKey original = records.byId(flag.candidateTicketId()).key();
    links.link(actor, key, LinkKind.DUPLICATE_OF, original);
    flag.decide(State.LINKED, actor.username(), clock.instant());
    return original;
  }

  /** A merge settles the flag of the merged ticket, whichever ticket it went into. */
  void merged(Long ticketId, String actor) {
    flags
        .findByTicketId(ticketId)
        .filter(f -> f.state() != State.MERGED)
        .ifPresent(f -> f.decide(State.MERGED, actor, clock.instant()));
  }

  private DuplicateFlag undecided(Ticket ticket) {
    DuplicateFlag flag =
        flags
            .findByTicketId(ticket.id())
            .orElseThrow(() -> new NotFoundException("Duplicate flag of ticket", ticket.key()));
    if (flag.state() != State.OPEN) {
      throw new ConflictException(
          "The duplicate flag of %s was already decided (%s by %s)."
              .formatted(ticket.key(), flag.state(), flag.decidedBy()));
    }
    return flag;
  }

  static boolean working(Ticket ticket) {
    return ticket.status() != TicketStatus.RESOLVED && ticket.status() != TicketStatus.CLOSED;
  }

  private static boolean olderThan(Ticket candidate, Ticket ticket) {
    int order = candidate.createdAt().compareTo(ticket.createdAt());
    return order < 0 || (order == 0 && candidate.id() < ticket.id());
  }
}
