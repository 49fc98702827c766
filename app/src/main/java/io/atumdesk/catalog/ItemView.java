package io.atumdesk.catalog;

import java.math.BigDecimal;

/** A catalog item as the API and the pages show it. */
public record ItemView(
    Long id,
    String name,
    String category,
    String description,
    String formKey,
    String fulfillmentProcess,
    BigDecimal cost,
    String audience,
    boolean active,
    long version) {

  static ItemView of(CatalogItem item) {
    return new ItemView(
        item.id(),
        item.name(),
        item.category(),
        item.description(),
        item.formKey(),
        item.fulfillmentProcess(),
        item.cost(),
        item.audience(),
        item.active(),
        item.version());
  }
}
