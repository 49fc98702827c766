package io.atumdesk.people;

import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;

/** The signed-in person as pages show them: who they are and which workspaces they may open. */
public record CurrentUser(Actor actor, String displayName) {

  public String username() {
    return actor.username();
  }

  public boolean agent() {
    return actor.has(Role.AGENT) || actor.has(Role.ADMIN);
  }

  public boolean cabMember() {
    return actor.has(Role.CAB_MEMBER) || actor.has(Role.ADMIN);
  }

  public boolean admin() {
    return actor.has(Role.ADMIN);
  }

  /** Process designers and admins change processes in the studio. */
  public boolean designer() {
    return actor.has(Role.PROCESS_DESIGNER) || actor.has(Role.ADMIN);
  }

  public boolean customer() {
    return actor.has(Role.CUSTOMER);
  }

  /** Where this person starts after signing in. */
  public String home() {
    if (agent()) {
      return "/inbox";
    }
    if (cabMember()) {
      return "/cab";
    }
    return designer() ? "/studio" : customer() ? "/portal" : "/me";
  }
}
