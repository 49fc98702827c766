package io.atumdesk.problem;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.Role;

/** Who may work on problems and known errors: agents and admins. */
final class ProblemAccess {

  private ProblemAccess() {}

  static void requireAgent(Actor actor) {
    if (!actor.has(Role.AGENT) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only agents and admins work on problems and known errors.");
    }
  }
}
