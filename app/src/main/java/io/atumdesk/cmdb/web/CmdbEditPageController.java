package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.CiState;
import io.atumdesk.cmdb.CiType;
import io.atumdesk.cmdb.CiTypes;
import io.atumdesk.cmdb.Cmdb;
import io.atumdesk.cmdb.ConfigurationItem;
import io.atumdesk.cmdb.Criticality;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admins' item form: a new item of a chosen type with that type's attributes, or an item's
 * changes. A refused form comes back with each problem next to its field.
 */
@Controller
@RequestMapping("/cmdb")
class CmdbEditPageController {

  private final Cmdb cmdb;
  private final CiTypes types;

  private static final HttpStatus BAD = HttpStatus.BAD_REQUEST;
  private static final HttpStatus CONFLICT = HttpStatus.CONFLICT;

  CmdbEditPageController(Cmdb cmdb, CiTypes types) {
    this.cmdb = cmdb;
    this.types = types;
  }

  @GetMapping("/new")
  String newItem(
      Actor actor, @RequestParam(defaultValue = CiType.SERVICE) String type, Model model) {
    requireChanger(actor);
    CiType chosen = types.get(actor, type);
    model.addAttribute("types", types.list(actor));
    return form(model, chosen, CiPageForm.empty(chosen), null, Map.of());
  }

  @PostMapping("/new")
  ModelAndView create(
      Actor actor, @RequestParam MultiValueMap<String, String> fields, Model model) {
    requireChanger(actor);
    CiType type = types.get(actor, fields.getFirst("type"));
    CiPageForm form = CiPageForm.posted(type, fields);
    model.addAttribute("types", types.list(actor));
    try {
      ConfigurationItem created = cmdb.create(actor, form.toNew());
      return new ModelAndView("redirect:/cmdb/" + created.key().value());
    } catch (InvalidInputException refused) {
      return again(model, type, form, null, FieldMessages.of(refused, type, form), BAD);
    } catch (ConflictException taken) {
      return again(model, type, form, null, Map.of("name", "cmdb.form.problem.taken"), CONFLICT);
    }
  }

  @GetMapping("/{key}/edit")
  String edit(@PathVariable String key, Actor actor, Model model) {
    requireChanger(actor);
    ConfigurationItem item = cmdb.get(actor, new CiKey(key));
    CiType type = types.get(actor, item.typeKey());
    return form(model, type, CiPageForm.of(item), item, Map.of());
  }

  @PostMapping("/{key}/edit")
  ModelAndView change(
      @PathVariable String key,
      Actor actor,
      @RequestParam MultiValueMap<String, String> fields,
      Model model) {
    requireChanger(actor);
    ConfigurationItem item = cmdb.get(actor, new CiKey(key));
    CiType type = types.get(actor, item.typeKey());
    CiPageForm form = CiPageForm.posted(type, fields);
    try {
      cmdb.change(actor, item.key(), form.toChanges());
      return new ModelAndView("redirect:/cmdb/" + item.key().value());
    } catch (InvalidInputException refused) {
      return again(model, type, form, item, FieldMessages.of(refused, type, form), BAD);
    } catch (ConflictException stale) {
      return again(
          model, type, form, item, Map.of("version", "cmdb.form.problem.version"), CONFLICT);
    }
  }

  private static ModelAndView again(
      Model model,
      CiType type,
      CiPageForm form,
      ConfigurationItem item,
      Map<String, String> problems,
      HttpStatus status) {
    ModelAndView page = new ModelAndView(form(model, type, form, item, problems), model.asMap());
    page.setStatus(status);
    return page;
  }

  private static String form(
      Model model,
      CiType type,
      CiPageForm form,
      ConfigurationItem item,
      Map<String, String> problems) {
    model.addAttribute("type", type);
    model.addAttribute("form", form);
    model.addAttribute("item", item);
    model.addAttribute("problems", problems);
    model.addAttribute("states", CiState.values());
    model.addAttribute("criticalities", Criticality.values());
    return "cmdb-edit";
  }

  private void requireChanger(Actor actor) {
    if (!cmdb.mayChange(actor)) {
      throw new ForbiddenException("Only admins change the CMDB.");
    }
  }
}
