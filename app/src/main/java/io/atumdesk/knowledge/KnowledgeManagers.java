package io.atumdesk.knowledge;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.Role;

/** Who reviews, publishes and retires articles: the group the review process hands tasks to. */
final class KnowledgeManagers {

  /** Named in {@code knowledge-article.bpmn20.xml} as the review step's candidate group. */
  static final String GROUP = "knowledge-managers";

  private KnowledgeManagers() {}

  static boolean includes(Actor actor) {
    return actor.has(Role.ADMIN) || (actor.has(Role.AGENT) && actor.groups().contains(GROUP));
  }

  static void require(Actor actor) {
    if (!includes(actor)) {
      throw new ForbiddenException(
          "Only a knowledge manager may review, publish or retire articles.");
    }
  }

  static void requireStaff(Actor actor) {
    if (!actor.has(Role.AGENT) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only agents write knowledge articles.");
    }
  }
}
