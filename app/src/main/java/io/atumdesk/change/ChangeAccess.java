package io.atumdesk.change;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.Role;

/** Who may do what with changes; each check says who may, so a refusal tells what is missing. */
final class ChangeAccess {

  private ChangeAccess() {}

  /** Agents and admins work on changes: edit, schedule, implement, roll back. */
  static void requireAgent(Actor actor) {
    if (!actor.has(Role.AGENT) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only agents and admins work on changes.");
    }
  }

  /** The change manager and admins review changes and keep the blackout windows. */
  static void requireChangeManager(Actor actor) {
    if (!isChangeManager(actor)) {
      throw new ForbiddenException(
          "Only admins and members of the group '"
              + ChangeGroups.CHANGE_MANAGERS
              + "' may do this.");
    }
  }

  static boolean isChangeManager(Actor actor) {
    return actor.has(Role.ADMIN) || actor.groups().contains(ChangeGroups.CHANGE_MANAGERS);
  }

  /** The calendar is for agents, admins and the board. */
  static void requireCalendarReader(Actor actor) {
    if (!actor.has(Role.AGENT) && !actor.has(Role.ADMIN) && !actor.has(Role.CAB_MEMBER)) {
      throw new ForbiddenException("Only agents, admins and CAB members see the change calendar.");
    }
  }
}
