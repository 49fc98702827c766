package io.atumdesk.cmdb;

import java.util.List;

/**
 * A business service hit when an item fails.
 *
 * @param path the items from the failing one to the service, both included
 */
public record ImpactedService(CiRef service, List<CiRef> path) {

  public ImpactedService {
    path = List.copyOf(path);
  }

  /** How many relations lie between the failing item and the service. */
  public int distance() {
    return path.size() - 1;
  }
}
