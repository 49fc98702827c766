package io.atumdesk.catalog;

import io.atumdesk.core.Actor;
import io.atumdesk.core.NotFoundException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog as people browse it: the active items offered to them (by audience), by category,
 * searched by words of their name, category or description.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

  private final CatalogItems items;

  Catalog(CatalogItems items) {
    this.items = items;
  }

  /**
   * @param category only this category; null or empty for all
   * @param text words the name, category or description contains; null or empty for all
   */
  public List<ItemView> offered(Actor actor, String category, String text) {
    String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    String pattern =
        "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return items
        .findOffered(category == null || category.isBlank() ? null : category, pattern)
        .stream()
        .filter(item -> item.offeredTo(actor.groups()))
        .map(ItemView::of)
        .toList();
  }

  /** The categories of the items offered to the caller, in order. */
  public List<String> categories(Actor actor) {
    return offered(actor, null, null).stream().map(ItemView::category).distinct().toList();
  }

  /** One item offered to the caller; anything else is not found. */
  public ItemView item(Actor actor, Long id) {
    return items
        .findById(id)
        .filter(item -> item.offeredTo(actor.groups()))
        .map(ItemView::of)
        .orElseThrow(() -> new NotFoundException("Catalog item", id));
  }
}
