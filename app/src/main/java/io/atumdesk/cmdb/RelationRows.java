package io.atumdesk.cmdb;

import io.atumdesk.cmdb.ImportReport.Rejection;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Imports the rows of a relations file ({@code source,relation,target}): each side is an item's
 * key, or its name when only one item has it. A relation there is already counts as taken.
 */
@Component
class RelationRows {

  static final String FILE = "relations";
  static final Set<String> COLUMNS = Set.of("source", "relation", "target");

  private final ConfigurationItems items;
  private final CiRelationships relationships;

  RelationRows(ConfigurationItems items, CiRelationships relationships) {
    this.items = items;
    this.relationships = relationships;
  }

  /** Whether the row added a relation; what it rejects is added to {@code rejected}. */
  boolean take(String tenantId, String by, CsvRows.Row row, List<Rejection> rejected) {
    int before = rejected.size();
    Optional<ConfigurationItem> source = item(tenantId, row, "source", rejected);
    Optional<RelationKind> kind = RelationKind.parse(row.cell("relation"));
    if (kind.isEmpty()) {
      rejected.add(
          new Rejection(
              FILE,
              row.number(),
              "relation",
              "must be depends on, runs on, connects to or owned by"));
    }
    Optional<ConfigurationItem> target = item(tenantId, row, "target", rejected);
    if (rejected.size() > before) {
      return false;
    }
    try {
      return relationships.add(tenantId, by, source.get(), kind.get(), target.get()).isPresent();
    } catch (InvalidInputException e) {
      rejected.add(new Rejection(FILE, row.number(), "target", e.problems().get(0).message()));
    } catch (ConflictException e) {
      rejected.add(new Rejection(FILE, row.number(), null, e.getMessage()));
    }
    return false;
  }

  private Optional<ConfigurationItem> item(
      String tenantId, CsvRows.Row row, String column, List<Rejection> rejected) {
    String text = row.cell(column);
    if (text == null) {
      rejected.add(new Rejection(FILE, row.number(), column, "is required"));
      return Optional.empty();
    }
    if (CiKey.looksLikeKey(text)) {
      Optional<ConfigurationItem> item = items.findByTenantIdAndKey(tenantId, text);
      if (item.isEmpty()) {
        rejected.add(new Rejection(FILE, row.number(), column, "names no item: " + text));
      }
      return item;
    }
    List<ConfigurationItem> named = items.findByTenantIdAndName(tenantId, text);
    if (named.size() != 1) {
      rejected.add(
          new Rejection(
              FILE,
              row.number(),
              column,
              named.isEmpty()
                  ? "names no item: " + text
                  : "names "
                      + named.size()
                      + " items ("
                      + keys(named)
                      + "); write the key instead"));
      return Optional.empty();
    }
    return Optional.of(named.get(0));
  }

  private static String keys(List<ConfigurationItem> named) {
    return String.join(", ", named.stream().map(i -> i.key().value()).toList());
  }
}
