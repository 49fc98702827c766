package io.atumdesk.change;

import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.LinkRole;
import io.atumdesk.cmdb.TicketItems;
import io.atumdesk.cmdb.TicketLinkView;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.LinkKind;
import io.atumdesk.ticket.LinkView;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * After a failed implementation, the incidents raised in the change's window on what it touched: on
 * an item it changed they are linked as caused by the change, on a business service those items hit
 * as related to it. Tickets linked already keep their link.
 */
@Component
class WindowIncidents {

  private final ChangeRows rows;
  private final TicketItems items;
  private final TicketManagement tickets;
  private final LinkedTickets links;
  private final TicketRecords records;

  WindowIncidents(
      ChangeRows rows,
      TicketItems items,
      TicketManagement tickets,
      LinkedTickets links,
      TicketRecords records) {
    this.rows = rows;
    this.items = items;
    this.tickets = tickets;
    this.links = links;
    this.records = records;
  }

  /** Links the window's incidents to the change; returns how many it linked. */
  int link(Long ticketId) {
    Change change = rows.forProcess(ticketId);
    Actor system = Actor.system(records.byId(ticketId).tenantId());
    Instant from = change.plannedStart() != null ? change.plannedStart() : change.implementedAt();
    Instant to = latest(change.plannedEnd(), change.implementedAt());
    Map<String, LinkKind> candidates = new LinkedHashMap<>();
    change
        .affectedServices()
        .forEach(key -> incidentsOn(system, key, LinkKind.RELATES_TO, candidates));
    change.affectedCis().forEach(key -> incidentsOn(system, key, LinkKind.CAUSED_BY, candidates));
    TicketKey changeKey = new TicketKey(change.ticketKey());
    Set<TicketKey> linked =
        links.links(system, changeKey).stream().map(LinkView::key).collect(Collectors.toSet());
    List<Ticket> inWindow =
        tickets.find(system, candidates.keySet().stream().map(TicketKey::new).toList()).stream()
            .filter(t -> t.type() == TicketType.INCIDENT && !linked.contains(t.key()))
            .filter(t -> from == null || !t.createdAt().isBefore(from))
            .filter(t -> to == null || !t.createdAt().isAfter(to))
            .toList();
    inWindow.forEach(
        incident ->
            links.link(system, incident.key(), candidates.get(incident.key().value()), changeKey));
    return inWindow.size();
  }

  private void incidentsOn(Actor system, String ciKey, LinkKind kind, Map<String, LinkKind> found) {
    for (TicketLinkView link : items.ticketsOf(system, new CiKey(ciKey))) {
      if (link.role() == LinkRole.AFFECTED && link.ticketKey().startsWith("INC-")) {
        found.put(link.ticketKey(), kind);
      }
    }
  }

  private static Instant latest(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }
}
