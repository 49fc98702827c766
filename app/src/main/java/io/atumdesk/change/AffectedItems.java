package io.atumdesk.change;

import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.Cmdb;
import io.atumdesk.cmdb.LinkRole;
import io.atumdesk.cmdb.TicketItems;
import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.TicketKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The CMDB items a change touches: checked to exist in the tenant and linked to the change in the
 * CMDB (role CHANGED), so that its impact analysis and the item's page both show them.
 */
@Component
class AffectedItems {

  private final Cmdb cmdb;
  private final TicketItems links;

  AffectedItems(Cmdb cmdb, TicketItems links) {
    this.cmdb = cmdb;
    this.links = links;
  }

  /** The distinct keys, in the order given; 400 naming each key the tenant does not have. */
  List<String> checked(String tenantId, List<String> keys) {
    Actor system = Actor.system(tenantId);
    List<FieldProblem> problems = new ArrayList<>();
    LinkedHashSet<String> found = new LinkedHashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i) == null ? "" : keys.get(i).trim();
      try {
        found.add(cmdb.get(system, new CiKey(key)).key().value());
      } catch (NotFoundException e) {
        problems.add(new FieldProblem("affectedCis[" + i + "]", "names no item: '" + key + "'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "Unknown configuration items: "
              + String.join(", ", problems.stream().map(FieldProblem::message).toList()),
          problems);
    }
    return List.copyOf(found);
  }

  /** Links what is newly named and unlinks what is no longer. */
  void relink(String tenantId, TicketKey change, List<String> before, List<String> after) {
    Actor system = Actor.system(tenantId);
    after.stream()
        .filter(key -> !before.contains(key))
        .forEach(key -> links.link(system, new CiKey(key), change, LinkRole.CHANGED));
    before.stream()
        .filter(key -> !after.contains(key))
        .forEach(key -> links.unlink(system, new CiKey(key), change, LinkRole.CHANGED));
  }
}
