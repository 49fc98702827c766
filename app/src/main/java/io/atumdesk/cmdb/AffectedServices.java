package io.atumdesk.cmdb;

import java.util.List;

/**
 * What a ticket touches in the CMDB: the items linked to it, and the business services they hit
 * (each once, by its nearest path), highest criticality first.
 */
public record AffectedServices(
    List<TicketLinkView> links, List<ImpactedService> services, Criticality highest) {

  public AffectedServices {
    links = List.copyOf(links);
    services = List.copyOf(services);
  }
}
