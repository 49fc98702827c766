package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.CiFilter;
import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.CiRelationships;
import io.atumdesk.cmdb.CiState;
import io.atumdesk.cmdb.Cmdb;
import io.atumdesk.cmdb.RelationKind;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What admins do on an item's page: move it along its lifecycle, relate it to another item chosen
 * with the picker, remove a relation. Each answers with the item's page again (post, redirect,
 * get), carrying a refusal as a message key for the part of the page it concerns.
 */
@Controller
@RequestMapping("/cmdb")
class CmdbItemActionsController {

  static final int PICKER_SIZE = 20;
  private static final Pattern KEY = Pattern.compile("CI-\\d{6,}");

  private final Cmdb cmdb;
  private final CiRelationships relationships;

  CmdbItemActionsController(Cmdb cmdb, CiRelationships relationships) {
    this.cmdb = cmdb;
    this.relationships = relationships;
  }

  @PostMapping("/{key}/state")
  String transition(
      @PathVariable String key,
      Actor actor,
      @RequestParam(required = false) CiState state,
      @RequestParam(required = false) Long version,
      RedirectAttributes flash) {
    try {
      cmdb.transition(actor, new CiKey(key), state, version);
      flash.addFlashAttribute("stateDone", "cmdb.state.moved");
    } catch (ConflictException | InvalidInputException refused) {
      flash.addFlashAttribute("stateProblem", "cmdb.state.refused");
    }
    return "redirect:/cmdb/" + new CiKey(key).value();
  }

  @PostMapping("/{key}/relations")
  String relate(
      @PathVariable String key,
      Actor actor,
      @RequestParam(required = false) RelationKind kind,
      @RequestParam(required = false) String target,
      RedirectAttributes flash) {
    CiKey item = new CiKey(key);
    Matcher other = KEY.matcher(target == null ? "" : target);
    flash.addFlashAttribute("relationKind", kind);
    flash.addFlashAttribute("relationTarget", target);
    try {
      if (!other.find()) {
        throw new NotFoundException("Configuration item", target);
      }
      relationships.relate(actor, item, kind, new CiKey(other.group()));
      flash.addFlashAttribute("relationTarget", "");
      flash.addFlashAttribute("relationDone", "cmdb.relate.done");
    } catch (NotFoundException unknown) {
      flash.addFlashAttribute("relationProblem", "cmdb.relate.problem.target");
    } catch (InvalidInputException refused) {
      flash.addFlashAttribute("relationProblem", "cmdb.relate.problem.invalid." + field(refused));
    } catch (ConflictException refused) {
      flash.addFlashAttribute("relationProblem", "cmdb.relate.problem.conflict");
      flash.addFlashAttribute("relationDetail", refused.getMessage());
    }
    return "redirect:/cmdb/" + item.value() + "#relations-title";
  }

  @PostMapping("/{key}/relations/{id}/delete")
  String unrelate(
      @PathVariable String key, @PathVariable long id, Actor actor, RedirectAttributes flash) {
    relationships.unrelate(actor, new CiKey(key), id);
    flash.addFlashAttribute("relationDone", "cmdb.relate.removed");
    return "redirect:/cmdb/" + new CiKey(key).value() + "#relations-title";
  }

  /** The picker's suggestions: items whose name or key contains the text, as datalist options. */
  @GetMapping("/picker")
  String picker(Actor actor, @RequestParam(defaultValue = "") String target, Model model) {
    model.addAttribute(
        "options",
        target.isBlank()
            ? List.of()
            : cmdb.list(actor, new CiFilter(null, null, target), 0, PICKER_SIZE).getContent());
    return "cmdb-item :: pickerOptions";
  }

  private static String field(InvalidInputException refused) {
    return refused.problems().isEmpty() ? "target" : refused.problems().get(0).field();
  }
}
