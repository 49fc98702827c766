package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.CiType;
import io.atumdesk.cmdb.CiTypeForm;
import io.atumdesk.cmdb.CiTypes;
import io.atumdesk.core.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** CI types: the built-in ones and the tenant's own, with their attribute definitions. */
@RestController
@Tag(name = "CMDB")
class CiTypeController {

  private static final String TYPES = "/api/v1/ci-types";

  private final CiTypes types;

  CiTypeController(CiTypes types) {
    this.types = types;
  }

  @GetMapping(TYPES)
  @Operation(summary = "Every type: built-in first, then the tenant's own by name")
  List<CiType> list(Actor actor) {
    return types.list(actor);
  }

  @GetMapping(TYPES + "/{key}")
  @Operation(summary = "One type")
  CiType get(Actor actor, @PathVariable String key) {
    return types.get(actor, key);
  }

  @PostMapping(TYPES)
  @Operation(summary = "Define a custom type with its attributes (admins)")
  ResponseEntity<CiType> create(Actor actor, @RequestBody CiTypeForm form) {
    CiType created = types.create(actor, form);
    return ResponseEntity.created(URI.create(TYPES + "/" + created.key())).body(created);
  }
}
