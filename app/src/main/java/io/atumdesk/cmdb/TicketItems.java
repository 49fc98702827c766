package io.atumdesk.cmdb;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items linked to incidents, problems and changes, and the business services a ticket touches
 * through them.
 */
@Service
public class TicketItems {

  private final Cmdb cmdb;
  private final CiTicketLinks links;
  private final ConfigurationItems items;
  private final TicketManagement tickets;
  private final Impacts impacts;
  private final Clock clock;

  TicketItems(
      Cmdb cmdb,
      CiTicketLinks links,
      ConfigurationItems items,
      TicketManagement tickets,
      Impacts impacts,
      Clock clock) {
    this.cmdb = cmdb;
    this.links = links;
    this.items = items;
    this.tickets = tickets;
    this.impacts = impacts;
    this.clock = clock;
  }

  /**
   * @throws ConflictException if the item is linked to the ticket in that role already
   */
  @Transactional
  public TicketLinkView link(Actor actor, CiKey key, TicketKey ticket, LinkRole role) {
    CmdbAccess.requireReader(actor);
    if (role == null) {
      throw new InvalidInputException("role", "must be AFFECTED, CAUSED_BY or CHANGED");
    }
    ConfigurationItem item = cmdb.find(actor.tenantId(), key);
    tickets.get(actor, ticket);
    if (links
        .findByTenantIdAndCiIdAndTicketKeyAndRole(actor.tenantId(), item.id(), ticket.value(), role)
        .isPresent()) {
      throw new ConflictException("%s is linked to %s already.".formatted(key, ticket));
    }
    CiTicketLink link =
        links.saveAndFlush(
            new CiTicketLink(
                actor.tenantId(),
                item.id(),
                ticket.value(),
                role,
                actor.username(),
                clock.instant()));
    return new TicketLinkView(CiRef.of(item), link.ticketKey(), role, link.createdAt());
  }

  @Transactional
  public void unlink(Actor actor, CiKey key, TicketKey ticket, LinkRole role) {
    CmdbAccess.requireReader(actor);
    ConfigurationItem item = cmdb.find(actor.tenantId(), key);
    CiTicketLink link =
        links
            .findByTenantIdAndCiIdAndTicketKeyAndRole(
                actor.tenantId(), item.id(), ticket.value(), role)
            .orElseThrow(() -> new NotFoundException("Link to", ticket));
    links.delete(link);
  }

  @Transactional(readOnly = true)
  public List<TicketLinkView> ticketsOf(Actor actor, CiKey key) {
    CmdbAccess.requireReader(actor);
    ConfigurationItem item = cmdb.find(actor.tenantId(), key);
    return links.findByTenantIdAndCiIdOrderByCreatedAtDesc(actor.tenantId(), item.id()).stream()
        .map(l -> new TicketLinkView(CiRef.of(item), l.ticketKey(), l.role(), l.createdAt()))
        .toList();
  }

  /** The items linked to a ticket in any role, each once, without their impact. */
  @Transactional(readOnly = true)
  public List<CiRef> itemsOf(Actor actor, TicketKey ticket) {
    CmdbAccess.requireReader(actor);
    List<Long> ids =
        links.findByTenantIdAndTicketKeyOrderByCreatedAt(actor.tenantId(), ticket.value()).stream()
            .map(CiTicketLink::ciId)
            .distinct()
            .toList();
    return ids.isEmpty()
        ? List.of()
        : items.findByTenantIdAndIdIn(actor.tenantId(), ids).stream().map(CiRef::of).toList();
  }

  /** The items linked to a ticket and the business services they hit. */
  @Transactional(readOnly = true)
  public AffectedServices affectedBy(Actor actor, TicketKey ticket) {
    CmdbAccess.requireReader(actor);
    tickets.get(actor, ticket);
    List<CiTicketLink> linked =
        links.findByTenantIdAndTicketKeyOrderByCreatedAt(actor.tenantId(), ticket.value());
    Map<Long, ConfigurationItem> byId = new LinkedHashMap<>();
    items
        .findByTenantIdAndIdIn(actor.tenantId(), linked.stream().map(CiTicketLink::ciId).toList())
        .forEach(item -> byId.put(item.id(), item));
    Map<CiKey, ImpactedService> services = new LinkedHashMap<>();
    for (ConfigurationItem item : byId.values()) {
      for (ImpactedService service : impacts.of(item).services()) {
        services.merge(
            service.service().key(), service, (a, b) -> a.distance() <= b.distance() ? a : b);
      }
    }
    List<ImpactedService> sorted =
        services.values().stream()
            .sorted(
                Comparator.comparing(
                        (ImpactedService s) -> s.service().criticality(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(s -> s.service().name()))
            .toList();
    return new AffectedServices(
        linked.stream()
            .map(
                l ->
                    new TicketLinkView(
                        CiRef.of(byId.get(l.ciId())), l.ticketKey(), l.role(), l.createdAt()))
            .toList(),
        sorted,
        sorted.stream()
            .map(s -> s.service().criticality())
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null));
  }
}
