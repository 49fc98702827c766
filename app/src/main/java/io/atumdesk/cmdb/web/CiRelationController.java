package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.CiRelationships;
import io.atumdesk.cmdb.Impact;
import io.atumdesk.cmdb.Impacts;
import io.atumdesk.cmdb.RelationKind;
import io.atumdesk.cmdb.RelationView;
import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An item's relations and its impact: the business services hit when it fails. */
@RestController
@Tag(name = "CMDB")
class CiRelationController {

  private static final String ITEM = CiController.CIS + "/{key}";

  private final CiRelationships relationships;
  private final Impacts impacts;

  CiRelationController(CiRelationships relationships, Impacts impacts) {
    this.relationships = relationships;
    this.impacts = impacts;
  }

  @GetMapping(ITEM + "/relations")
  @Operation(summary = "The item's relations, outgoing (this -> other) first")
  List<RelationView> relations(Actor actor, @PathVariable String key) {
    return relationships.relationsOf(actor, new CiKey(key));
  }

  @PostMapping(ITEM + "/relations")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Relate the item to another (admins): {kind: DEPENDS_ON, target: CI-000002};"
              + " a depends-on / runs-on cycle is refused with 409 naming its path")
  RelationView relate(Actor actor, @PathVariable String key, @RequestBody NewRelation relation) {
    if (relation == null || relation.target() == null || relation.target().isBlank()) {
      throw new InvalidInputException("target", "must be the key of an item, such as CI-000001");
    }
    return relationships.relate(
        actor, new CiKey(key), relation.kind(), new CiKey(relation.target().strip()));
  }

  @DeleteMapping(ITEM + "/relations/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove one of the item's relations (admins)")
  void unrelate(Actor actor, @PathVariable String key, @PathVariable long id) {
    relationships.unrelate(actor, new CiKey(key), id);
  }

  @GetMapping(ITEM + "/impact")
  @Operation(
      summary =
          "The business services hit when the item fails, with the path to each and the highest"
              + " criticality")
  Impact impact(Actor actor, @PathVariable String key) {
    return impacts.impact(actor, new CiKey(key));
  }

  /** {@code key kind target}, such as the mail app DEPENDS_ON the mail database. */
  record NewRelation(RelationKind kind, String target) {}
}
