package io.atumdesk.catalog.web;

import io.atumdesk.catalog.CatalogAdministration;
import io.atumdesk.catalog.ItemForm;
import io.atumdesk.catalog.ItemView;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** {@code /admin/catalog}: every item in a table, a form to add one, and each item's edit form. */
@Controller
class AdminCatalogController {

  private final CatalogAdministration administration;

  AdminCatalogController(CatalogAdministration administration) {
    this.administration = administration;
  }

  @GetMapping("/admin/catalog")
  ModelAndView list(Actor actor) {
    return page(actor, null, CatalogItemForm.EMPTY, Map.of(), HttpStatus.OK);
  }

  @GetMapping("/admin/catalog/{id}")
  ModelAndView edit(Actor actor, @PathVariable Long id) {
    ItemView item = administration.get(actor, id);
    return page(actor, item, CatalogItemForm.of(item), Map.of(), HttpStatus.OK);
  }

  @PostMapping("/admin/catalog")
  ModelAndView create(Actor actor, CatalogItemForm form) {
    try {
      administration.create(actor, form.item());
      return new ModelAndView("redirect:/admin/catalog");
    } catch (InvalidInputException | ConflictException e) {
      return page(actor, null, form, problems(e), HttpStatus.BAD_REQUEST);
    }
  }

  @PostMapping("/admin/catalog/{id}")
  ModelAndView update(Actor actor, @PathVariable Long id, CatalogItemForm form) {
    try {
      administration.update(actor, id, form.version() == null ? -1 : form.version(), form.item());
      return new ModelAndView("redirect:/admin/catalog");
    } catch (InvalidInputException | ConflictException e) {
      var status = e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
      return page(actor, administration.get(actor, id), form, problems(e), status);
    }
  }

  private static Map<String, String> problems(RuntimeException e) {
    if (e instanceof InvalidInputException invalid) {
      return invalid.problems().stream()
          .collect(Collectors.toMap(p -> p.field(), p -> p.message(), (a, b) -> a + "; " + b));
    }
    return Map.of("name", e.getMessage());
  }

  private ModelAndView page(
      Actor actor,
      ItemView editing,
      CatalogItemForm form,
      Map<String, String> problems,
      HttpStatus status) {
    ModelAndView page = new ModelAndView("admin-catalog");
    page.addObject("items", administration.all(actor));
    page.addObject("editing", editing);
    page.addObject("form", form);
    page.addObject("problems", problems);
    page.setStatus(status);
    return page;
  }

  /** The page's form fields; {@code active} is a checkbox, absent when unticked. */
  record CatalogItemForm(
      String name,
      String category,
      String description,
      String formKey,
      String fulfillmentProcess,
      BigDecimal cost,
      String audience,
      boolean active,
      Long version) {

    static final CatalogItemForm EMPTY =
        new CatalogItemForm(null, null, null, null, null, null, null, true, null);

    static CatalogItemForm of(ItemView item) {
      return new CatalogItemForm(
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

    ItemForm item() {
      return new ItemForm(
          name, category, description, formKey, fulfillmentProcess, cost, audience, active);
    }
  }
}
