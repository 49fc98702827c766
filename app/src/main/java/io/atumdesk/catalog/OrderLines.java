package io.atumdesk.catalog;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.form.FormSchemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks an order's lines before anything is saved: each item must be one the caller is offered,
 * and its data must pass the item's form. Every problem is named by its place in the order ({@code
 * items[1].data.startDate}); an item of another tenant does not exist (404).
 */
@Component
class OrderLines {

  /** An accepted line: the item and the values its form accepted. */
  record Accepted(CatalogItem item, Map<String, Object> data) {}

  private final CatalogItems items;
  private final FormSchemas forms;
  private final JdbcTemplate jdbc;
  private final CatalogProperties properties;

  OrderLines(
      CatalogItems items, FormSchemas forms, JdbcTemplate jdbc, CatalogProperties properties) {
    this.items = items;
    this.forms = forms;
    this.jdbc = jdbc;
    this.properties = properties;
  }

  List<Accepted> check(Actor actor, OrderForm form) {
    if (form.items().isEmpty() || form.items().size() > properties.maxItems()) {
      throw new InvalidInputException(
          "items", "must hold between 1 and " + properties.maxItems() + " items");
    }
    List<FieldProblem> problems = new ArrayList<>();
    List<Accepted> accepted = new ArrayList<>();
    for (int i = 0; i < form.items().size(); i++) {
      OrderForm.Line line = form.items().get(i);
      String at = "items[" + i + "]";
      CatalogItem item = line == null ? null : offered(actor, line.item(), at, problems);
      if (item != null) {
        data(item, line.data(), at, problems).ifPresent(d -> accepted.add(new Accepted(item, d)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "Please correct the order: "
              + String.join(", ", problems.stream().map(FieldProblem::field).toList())
              + ".",
          problems);
    }
    return accepted;
  }

  private CatalogItem offered(Actor actor, Long id, String at, List<FieldProblem> problems) {
    if (id == null) {
      problems.add(new FieldProblem(at + ".item", "is required"));
      return null;
    }
    var found = items.findById(id);
    if (found.isEmpty()) {
      // The tenant filter hides other tenants' items; one of theirs is not found, not unknown.
      if (!jdbc.queryForList("select id from catalog_item where id = ?", Long.class, id)
          .isEmpty()) {
        throw new NotFoundException("Catalog item", id);
      }
      problems.add(new FieldProblem(at + ".item", "item " + id + " is not in the catalog"));
      return null;
    }
    if (!found.get().offeredTo(actor.groups())) {
      problems.add(
          new FieldProblem(
              at + ".item", "'" + found.get().name() + "' (" + id + ") cannot be ordered"));
      return null;
    }
    return found.get();
  }

  private java.util.Optional<Map<String, Object>> data(
      CatalogItem item, Map<String, Object> data, String at, List<FieldProblem> problems) {
    try {
      return java.util.Optional.of(new LinkedHashMap<>(forms.validate(item.formKey(), data)));
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(p -> problems.add(new FieldProblem(at + ".data." + p.field(), p.message())));
      return java.util.Optional.empty();
    }
  }
}
