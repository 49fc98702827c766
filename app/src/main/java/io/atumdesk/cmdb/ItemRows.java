package io.atumdesk.cmdb;

import io.atumdesk.cmdb.ImportReport.Rejection;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Imports the rows of a CIs file: a row creates the item of its type and name, or updates the one
 * there is. A row with any problem is rejected whole, naming each column at fault.
 */
@Component
class ItemRows {

  static final String FILE = "cis";
  static final Set<String> REQUIRED = Set.of("type", "name");
  static final Set<String> KNOWN =
      new LinkedHashSet<>(List.of("type", "name", "state", "owner", "criticality"));

  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED
  }

  private final ConfigurationItems items;
  private final CiRecords records;

  ItemRows(ConfigurationItems items, CiRecords records) {
    this.items = items;
    this.records = records;
  }

  /** Takes one row; what it rejects is added to {@code rejected}. */
  Outcome take(String tenantId, CsvRows.Row row, List<Rejection> rejected) {
    int before = rejected.size();
    String type = row.cell("type");
    CiState state = parse(row, "state", CiState.class, rejected);
    Criticality criticality = parse(row, "criticality", Criticality.class, rejected);
    Map<String, Object> attributes = new LinkedHashMap<>();
    row.cells()
        .forEach(
            (column, value) -> {
              if (column.startsWith("attr.")) {
                attributes.put(
                    column.substring(5), value == null || value.isBlank() ? null : value);
              }
            });
    if (type == null) {
      rejected.add(new Rejection(FILE, row.number(), "type", "is required"));
    }
    if (rejected.size() > before) {
      return Outcome.REJECTED;
    }
    try {
      Optional<ConfigurationItem> existing =
          row.cell("name") == null
              ? Optional.empty()
              : items.findByTenantIdAndTypeKeyAndName(tenantId, type, row.cell("name"));
      if (existing.isEmpty()) {
        records.create(
            tenantId,
            new CiForm(type, row.cell("name"), state, row.cell("owner"), criticality, attributes));
        return Outcome.CREATED;
      }
      return update(existing.get(), state, row.cell("owner"), criticality, attributes);
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p -> rejected.add(new Rejection(FILE, row.number(), column(p.field()), p.message())));
    } catch (ConflictException e) {
      rejected.add(new Rejection(FILE, row.number(), "state", e.getMessage()));
    }
    return Outcome.REJECTED;
  }

  private Outcome update(
      ConfigurationItem item,
      CiState state,
      String owner,
      Criticality criticality,
      Map<String, Object> attributes) {
    if (state != null && state != item.state() && !item.state().mayMoveTo(state)) {
      records.transition(item, state);
    }
    String ownerBefore = item.owner();
    Criticality criticalityBefore = item.criticality();
    Map<String, Object> attributesBefore = item.attributes();
    CiState stateBefore = item.state();
    records.change(item, new CiChanges(item.version(), null, owner, criticality, attributes));
    if (state != null && state != item.state()) {
      records.transition(item, state);
    }
    boolean same =
        Objects.equals(ownerBefore, item.owner())
            && criticalityBefore == item.criticality()
            && stateBefore == item.state()
            && sameValues(attributesBefore, item.attributes());
    return same ? Outcome.UNCHANGED : Outcome.UPDATED;
  }

  private static boolean sameValues(Map<String, Object> a, Map<String, Object> b) {
    return a.keySet().equals(b.keySet())
        && a.keySet().stream()
            .allMatch(k -> String.valueOf(a.get(k)).equals(String.valueOf(b.get(k))));
  }

  /** {@code in service}, {@code IN_SERVICE} and {@code deployed} are one state. */
  private static <E extends Enum<E>> E parse(
      CsvRows.Row row, String column, Class<E> type, List<Rejection> rejected) {
    String text = row.cell(column);
    if (text == null) {
      return null;
    }
    String name = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (type == CiState.class && name.equals("DEPLOYED")) {
      name = CiState.IN_SERVICE.name();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    rejected.add(
        new Rejection(
            FILE,
            row.number(),
            column,
            "must be one of "
                + String.join(
                    ", ",
                    Arrays.stream(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .toList())));
    return null;
  }

  private static String column(String field) {
    return field.startsWith("attributes.") ? "attr." + field.substring(11) : field;
  }
}
