package io.atumdesk.catalog.web;

import io.atumdesk.catalog.Catalog;
import io.atumdesk.catalog.ItemView;
import io.atumdesk.core.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog as customers browse it: the active items offered to them. */
@RestController
@Tag(name = "Service catalog")
class CatalogController {

  private final Catalog catalog;

  CatalogController(Catalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/api/v1/catalog")
  @Operation(summary = "Items offered to the caller; filter by ?category= and search by ?q=")
  Offer offered(
      Actor actor,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String q) {
    return new Offer(catalog.categories(actor), catalog.offered(actor, category, q));
  }

  @GetMapping("/api/v1/catalog/{id}")
  @Operation(summary = "One item offered to the caller, with its form's key")
  ItemView item(Actor actor, @PathVariable Long id) {
    return catalog.item(actor, id);
  }

  /** The categories of everything offered, and the items that match. */
  record Offer(List<String> categories, List<ItemView> items) {}
}
