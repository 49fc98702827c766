package io.atumdesk.catalog.web;

import io.atumdesk.catalog.CatalogAdministration;
import io.atumdesk.catalog.ItemForm;
import io.atumdesk.catalog.ItemView;
import io.atumdesk.core.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Catalog items for admins: every item, active or not. */
@RestController
@RequestMapping("/api/v1/catalog/items")
@Tag(name = "Service catalog")
class CatalogItemController {

  private final CatalogAdministration administration;

  CatalogItemController(CatalogAdministration administration) {
    this.administration = administration;
  }

  @GetMapping
  @Operation(summary = "Every item of the catalog (admins)")
  List<ItemView> all(Actor actor) {
    return administration.all(actor);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One item (admins)")
  ItemView get(Actor actor, @PathVariable Long id) {
    return administration.get(actor, id);
  }

  @PostMapping
  @Operation(summary = "Add an item (admins); 400 names each bad field, 409 for a taken name")
  ResponseEntity<ItemView> create(Actor actor, @RequestBody ItemForm form) {
    ItemView created = administration.create(actor, form);
    return ResponseEntity.created(URI.create("/api/v1/catalog/items/" + created.id()))
        .body(created);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change an item (admins); ?version= as read, 409 when stale")
  ItemView update(
      Actor actor, @PathVariable Long id, @RequestParam long version, @RequestBody ItemForm form) {
    return administration.update(actor, id, version, form);
  }
}
