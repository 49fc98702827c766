package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.CiChanges;
import io.atumdesk.cmdb.CiFilter;
import io.atumdesk.cmdb.CiForm;
import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.CiState;
import io.atumdesk.cmdb.Cmdb;
import io.atumdesk.cmdb.ConfigurationItem;
import io.atumdesk.core.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Configuration items: agents list and read them, admins create, change and move them. */
@RestController
@Tag(name = "CMDB")
class CiController {

  static final String CIS = "/api/v1/cis";

  private final Cmdb cmdb;

  CiController(Cmdb cmdb) {
    this.cmdb = cmdb;
  }

  @GetMapping(CIS)
  @Operation(summary = "Items by type and name; filter by ?type=, ?state= and ?text= (name or key)")
  CiPage list(
      Actor actor,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) CiState state,
      @RequestParam(required = false) String text,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Page<ConfigurationItem> found = cmdb.list(actor, new CiFilter(type, state, text), page, size);
    return new CiPage(
        found.getContent().stream().map(CiView::of).toList(), found.getTotalElements(), page, size);
  }

  @GetMapping(CIS + "/{key}")
  @Operation(summary = "One item")
  CiView get(Actor actor, @PathVariable String key) {
    return CiView.of(cmdb.get(actor, new CiKey(key)));
  }

  @PostMapping(CIS)
  @Operation(summary = "Record an item (admins); its attributes are checked against its type")
  ResponseEntity<CiView> create(Actor actor, @RequestBody CiForm form) {
    ConfigurationItem created = cmdb.create(actor, form);
    return ResponseEntity.created(URI.create(CIS + "/" + created.key())).body(CiView.of(created));
  }

  @PatchMapping(CIS + "/{key}")
  @Operation(summary = "Change an item (admins), sending the version it was read at")
  CiView change(Actor actor, @PathVariable String key, @RequestBody CiChanges changes) {
    return CiView.of(cmdb.change(actor, new CiKey(key), changes));
  }

  @PostMapping(CIS + "/{key}/transitions")
  @Operation(summary = "Move an item to another lifecycle state (admins); 409 if not allowed")
  CiView transition(Actor actor, @PathVariable String key, @RequestBody Transition transition) {
    return CiView.of(
        cmdb.transition(actor, new CiKey(key), transition.state(), transition.version()));
  }

  /** A move to {@code state}, made on {@code version}. */
  record Transition(CiState state, Long version) {}

  /** One page of items; {@code total} counts every match. */
  record CiPage(List<CiView> items, long total, int page, int size) {}
}
