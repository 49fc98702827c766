package io.atumdesk.studio.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.decision.DecisionDeployments;
import io.atumdesk.studio.ModelChoices;
import io.atumdesk.studio.ProcessCatalogue;
import io.atumdesk.studio.ProcessRollback;
import io.atumdesk.studio.StudioAudit;
import io.atumdesk.ticket.TicketStatus;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The studio's pages: the list of processes (with versions and the open tickets on each), decision
 * tables and forms; and the modeler of one process with its versions and audit trail.
 */
@Controller
@RequestMapping("/studio")
class StudioPageController {

  private final ProcessCatalogue catalogue;
  private final DecisionDeployments decisions;
  private final ModelChoices choices;
  private final ProcessRollback rollback;
  private final StudioAudit audit;

  StudioPageController(
      ProcessCatalogue catalogue,
      DecisionDeployments decisions,
      ModelChoices choices,
      ProcessRollback rollback,
      StudioAudit audit) {
    this.catalogue = catalogue;
    this.decisions = decisions;
    this.choices = choices;
    this.rollback = rollback;
    this.audit = audit;
  }

  @GetMapping
  String list(Actor actor, Model model) {
    model.addAttribute("processes", catalogue.processes(actor));
    model.addAttribute("tables", decisions.catalogue(actor));
    model.addAttribute("forms", choices.forms(actor));
    return "studio";
  }

  @GetMapping("/processes/{key}/edit")
  String modeler(Actor actor, @PathVariable String key, Model model) {
    model.addAttribute(
        "process",
        catalogue.processes(actor).stream()
            .filter(p -> p.processKey().equals(key))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Process", key)));
    model.addAttribute("audit", audit.of(actor, key));
    model.addAttribute(
        "statuses",
        Arrays.stream(TicketStatus.values()).filter(s -> s != TicketStatus.CLOSED).toList());
    return "studio-modeler";
  }

  /** Publishes an earlier version again, then shows the modeler with the outcome. */
  @PostMapping("/processes/{key}/versions/{version}/republish")
  String republish(
      Actor actor, @PathVariable String key, @PathVariable int version, RedirectAttributes flash) {
    try {
      var published = rollback.rollback(actor, key, version);
      flash.addFlashAttribute("flash", "studio.rolledBack");
      flash.addFlashAttribute("flashArgs", new Object[] {version, published.version()});
    } catch (ConflictException alreadyCurrent) {
      flash.addFlashAttribute("flash", "studio.alreadyCurrent");
      flash.addFlashAttribute("flashArgs", new Object[] {version});
    }
    return "redirect:/studio/processes/" + key + "/edit";
  }
}
