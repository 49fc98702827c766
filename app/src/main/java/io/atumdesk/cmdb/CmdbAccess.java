package io.atumdesk.cmdb;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.Role;

/** Who may do what: agents read the CMDB, admins write it. */
final class CmdbAccess {

  private CmdbAccess() {}

  static void requireReader(Actor actor) {
    if (!actor.has(Role.AGENT) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only agents and admins read the CMDB.");
    }
  }

  static boolean mayWrite(Actor actor) {
    return actor.has(Role.ADMIN);
  }

  static void requireWriter(Actor actor) {
    if (!mayWrite(actor)) {
      throw new ForbiddenException("Only admins change the CMDB.");
    }
  }
}
