package io.atumdesk.catalog;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import io.atumdesk.form.FormSchemas;
import io.atumdesk.people.PeopleDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins keep the catalog: add, change, retire (inactive) and list every item. */
@Service
public class CatalogAdministration {

  private final CatalogItems items;
  private final FormSchemas forms;
  private final OrderProcesses processes;
  private final PeopleDirectory people;
  private final Clock clock;

  CatalogAdministration(
      CatalogItems items,
      FormSchemas forms,
      OrderProcesses processes,
      PeopleDirectory people,
      Clock clock) {
    this.items = items;
    this.forms = forms;
    this.processes = processes;
    this.people = people;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<ItemView> all(Actor actor) {
    requireAdmin(actor);
    return items.findAllByOrderByCategoryAscNameAsc().stream().map(ItemView::of).toList();
  }

  @Transactional(readOnly = true)
  public ItemView get(Actor actor, Long id) {
    requireAdmin(actor);
    return ItemView.of(find(id));
  }

  @Transactional
  public ItemView create(Actor actor, ItemForm form) {
    requireAdmin(actor);
    check(actor.tenantId(), form, null);
    CatalogItem item = new CatalogItem(actor.tenantId());
    item.describe(form, clock.instant());
    return ItemView.of(items.saveAndFlush(item));
  }

  /** Changes an item; {@code version} is the one the admin read (409 when stale). */
  @Transactional
  public ItemView update(Actor actor, Long id, long version, ItemForm form) {
    requireAdmin(actor);
    CatalogItem item = find(id);
    if (item.version() != version) {
      throw new ConflictException(
          "Item " + id + " was changed by someone else; reload it and try again.");
    }
    check(actor.tenantId(), form, id);
    item.describe(form, clock.instant());
    return ItemView.of(items.saveAndFlush(item));
  }

  private CatalogItem find(Long id) {
    return items.findById(id).orElseThrow(() -> new NotFoundException("Catalog item", id));
  }

  private void check(String tenantId, ItemForm form, Long id) {
    List<FieldProblem> problems = new ArrayList<>();
    text(problems, "name", form.name(), 200);
    text(problems, "category", form.category(), 100);
    text(problems, "description", form.description(), 4000);
    if (form.formKey() == null || !forms.exists(form.formKey())) {
      problems.add(new FieldProblem("formKey", "must name a form of the catalog"));
    }
    String process = form.fulfillmentProcess();
    if (process == null
        || !process.startsWith(OrderProcesses.PREFIX)
        || !processes.deployed(tenantId, process)) {
      problems.add(
          new FieldProblem(
              "fulfillmentProcess",
              "must name a deployed process whose key starts with " + OrderProcesses.PREFIX));
    }
    if (form.cost() != null && form.cost().compareTo(BigDecimal.ZERO) < 0) {
      problems.add(new FieldProblem("cost", "must not be negative"));
    }
    if (form.audience() != null
        && !form.audience().isBlank()
        && !people.groupExists(tenantId, form.audience())) {
      problems.add(new FieldProblem("audience", "must be a group of the tenant"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Please correct the catalog item.", problems);
    }
    items
        .findByNameIgnoreCase(form.name().strip())
        .filter(other -> !other.id().equals(id))
        .ifPresent(
            other -> {
              throw new ConflictException("An item named '" + other.name() + "' exists already.");
            });
  }

  private static void text(List<FieldProblem> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (value.strip().length() > max) {
      problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
    }
  }

  static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins change the service catalog.");
    }
  }
}
