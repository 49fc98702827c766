package io.atumdesk.core;

import java.util.Set;

/**
 * The person (or the system) on whose behalf a module call runs; module APIs take it so that access
 * rules live next to the data, not in controllers.
 */
public record Actor(String username, String tenantId, Set<Role> roles, Set<String> groups) {

  public static final String SYSTEM = "system";

  public Actor {
    roles = Set.copyOf(roles);
    groups = Set.copyOf(groups);
  }

  /** The workflow engine or a scheduled job acting inside a tenant. */
  public static Actor system(String tenantId) {
    return new Actor(SYSTEM, tenantId, Set.of(Role.ADMIN), Set.of());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Customers see only their own tickets and never internal notes. */
  public boolean isCustomerOnly() {
    return roles.equals(Set.of(Role.CUSTOMER));
  }

  public boolean isStaff() {
    return has(Role.AGENT) || has(Role.ADMIN) || has(Role.CAB_MEMBER) || has(Role.PROCESS_DESIGNER);
  }
}
