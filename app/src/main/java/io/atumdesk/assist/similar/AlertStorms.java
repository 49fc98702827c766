package io.atumdesk.assist.similar;

import io.atumdesk.assist.TicketMatch;
import io.atumdesk.assist.TicketScope;
import io.atumdesk.assist.TicketVectors;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.Level;
import io.atumdesk.ticket.LinkKind;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups an alert storm under one parent incident: when a ticket has at least {@code count - 1}
 * open, near-identical tickets of its origin raised within the window before it, an incident is
 * raised for them all and each becomes its child (linked, and kept out of the inbox's work views);
 * later ones join the storm they match. Only alerts storm: tickets whose subject names their source
 * in brackets ("[prometheus] Disk full", as the alert module and most monitoring mails write them),
 * of one requester and one source. People who write the same thing twice get the duplicate flag.
 */
@Service
class AlertStorms {

  private static final int CANDIDATES = 50;
  private static final int LONGEST_SUBJECT = 200;

  private final TicketVectors vectors;
  private final TicketRecords records;
  private final TicketManagement tickets;
  private final LinkedTickets links;
  private final StormChildren storms;
  private final SimilarTicketsProperties.Storm settings;
  private final Clock clock;

  AlertStorms(
      TicketVectors vectors,
      TicketRecords records,
      TicketManagement tickets,
      LinkedTickets links,
      StormChildren storms,
      SimilarTicketsProperties properties,
      Clock clock) {
    this.vectors = vectors;
    this.records = records;
    this.tickets = tickets;
    this.links = links;
    this.storms = storms;
    this.settings = properties.storm();
    this.clock = clock;
  }

  /** Whether the ticket is (now) part of a storm; in the current tenant. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean group(Long ticketId) {
    Ticket ticket = records.byId(ticketId);
    if (storms.existsByParentTicketId(ticketId)
        || storms.findByChildTicketId(ticketId).isPresent()) {
      return true;
    }
    if (!Duplicates.working(ticket) || source(ticket.subject()) == null) {
      return false;
    }
    List<Member> alike = alike(ticket);
    Optional<Long> storm =
        alike.stream().map(m -> parentOf(m.ticket().id())).flatMap(Optional::stream).findFirst();
    if (storm.isPresent()) {
      join(records.byId(storm.get()), ticket, alike.get(0).score());
      return true;
    }
    if (alike.size() + 1 < settings.count()) {
      return false;
    }
    Ticket parent = raiseParent(ticket, alike);
    alike.forEach(m -> join(parent, m.ticket(), m.score()));
    join(parent, ticket, alike.get(0).score());
    return true;
  }

  private record Member(Ticket ticket, double score) {}

  /** Open tickets of the same origin raised in the window around this one, alike enough. */
  private List<Member> alike(Ticket ticket) {
    Instant since = ticket.createdAt().minus(settings.window());
    Instant until = ticket.createdAt().plus(settings.window());
    List<Member> alike = new ArrayList<>();
    for (TicketMatch match : nearest(ticket)) {
      Ticket other = records.byId(match.ticketId());
      if (match.score() >= settings.similarity()
          && !other.createdAt().isBefore(since)
          && !other.createdAt().isAfter(until)
          && sameOrigin(ticket, other)) {
        alike.add(new Member(other, match.score()));
      }
    }
    return alike;
  }

  private List<TicketMatch> nearest(Ticket ticket) {
    return vectors
        .vectorOf(ticket.id())
        .map(v -> vectors.nearest(v, CANDIDATES, TicketScope.OPEN, Set.of(ticket.id())))
        .orElse(List.of());
  }

  private Optional<Long> parentOf(Long ticketId) {
    return storms.existsByParentTicketId(ticketId)
        ? Optional.of(ticketId)
        : storms.findByChildTicketId(ticketId).map(StormChild::parentTicketId);
  }

  private Ticket raiseParent(Ticket first, List<Member> alike) {
    List<Ticket> members = new ArrayList<>(alike.stream().map(Member::ticket).toList());
    members.add(first);
    String subject = first.subject();
    if (subject.length() > LONGEST_SUBJECT) {
      subject = subject.substring(0, LONGEST_SUBJECT - 1) + "…";
    }
    Ticket parent =
        tickets.raise(
            Actor.system(first.tenantId()),
            new RaiseTicket(
                TicketType.INCIDENT,
                "Alert storm: " + subject,
                "%d near-identical tickets from %s within %d minutes are grouped under this incident; work them here."
                    .formatted(members.size(), first.requester(), settings.window().toMinutes()),
                highest(members, Ticket::impact),
                highest(members, Ticket::urgency),
                first.category(),
                null));
    records.recordForStaff(
        parent.id(),
        Actor.SYSTEM,
        "Alert storm: %d tickets grouped here".formatted(members.size()),
        Map.of("storm", members.stream().map(t -> t.key().value()).toList()));
    return parent;
  }

  private void join(Ticket parent, Ticket child, double score) {
    storms.save(new StormChild(parent.id(), child.id(), score, clock.instant()));
    Actor system = Actor.system(parent.tenantId());
    boolean linked =
        links.links(system, parent.key()).stream().anyMatch(l -> l.key().equals(child.key()));
    if (!linked) {
      links.link(system, parent.key(), LinkKind.PARENT_OF, child.key());
    }
  }

  /** Levels are declared from HIGH down, so the highest is the first in their order. */
  private static Level highest(List<Ticket> members, Function<Ticket, Level> of) {
    return members.stream()
        .map(of)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** One requester and one alert source: "[prometheus] ..." against "[prometheus] ...". */
  static boolean sameOrigin(Ticket one, Ticket other) {
    String source = source(one.subject());
    return source != null
        && Objects.equals(one.requester(), other.requester())
        && source.equals(source(other.subject()));
  }

  private static String source(String subject) {
    int end = subject == null ? -1 : subject.indexOf(']');
    return subject != null && subject.startsWith("[") && end > 0 ? subject.substring(1, end) : null;
  }
}
