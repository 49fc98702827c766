package io.atumdesk.cmdb;

import java.util.List;

/**
 * What fails with an item: the business services that depend on it or run on it, directly or
 * through others, nearest first.
 *
 * @param highest the highest criticality among those services; null when none is affected or none
 *     has one
 * @param truncated whether the walk stopped at the depth cap before reaching every item
 */
public record Impact(
    CiRef item, List<ImpactedService> services, Criticality highest, boolean truncated) {

  public Impact {
    services = List.copyOf(services);
  }
}
