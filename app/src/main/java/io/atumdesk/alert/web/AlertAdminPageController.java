package io.atumdesk.alert.web;

import io.atumdesk.alert.AlertHooks;
import io.atumdesk.alert.AlertSourceAdministration;
import io.atumdesk.alert.AlertSourceAdministration.SourceView;
import io.atumdesk.core.Actor;
import io.atumdesk.core.AdminSection;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' page of monitoring alert sources: each with its hook URL, adding one (its secret is
 * shown in that answer only), changing, switching and re-keying, and the alerts that could not be
 * handled.
 */
@Controller
@RequestMapping("/admin/alerts")
class AlertAdminPageController {

  private final AlertSourceAdministration sources;
  private final AlertHooks hooks;

  AlertAdminPageController(AlertSourceAdministration sources, AlertHooks hooks) {
    this.sources = sources;
    this.hooks = hooks;
  }

  @Bean
  static AdminSection alertSourcesSection() {
    return new AdminSection("alerts", "alerts", 35);
  }

  @GetMapping
  String page(Actor actor, Model model) {
    model.addAttribute("sources", sources.list(actor));
    model.addAttribute("deadLetters", hooks.deadLetters(actor));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", AlertSourcePageForm.EMPTY);
      model.addAttribute("errors", Map.of());
    }
    return "admin-alerts";
  }

  @PostMapping
  String add(Actor actor, AlertSourcePageForm form, Model model) {
    try {
      model.addAttribute("keyed", sources.create(actor, form.source(true)));
    } catch (InvalidInputException e) {
      rejected(model, form, e.byField());
    } catch (ConflictException e) {
      rejected(model, form, Map.of("key", e.getMessage()));
    }
    return page(actor, model);
  }

  @GetMapping("/{id}")
  String edit(Actor actor, @PathVariable Long id, Model model) {
    SourceView source = sources.get(actor, id);
    return editPage(model, source, AlertSourcePageForm.of(source), Map.of());
  }

  @PostMapping("/{id}")
  String change(
      Actor actor,
      @PathVariable Long id,
      AlertSourcePageForm form,
      Model model,
      RedirectAttributes flash) {
    SourceView source = sources.get(actor, id);
    try {
      return done(flash, "alerts.changed", sources.update(actor, id, form.source(null)));
    } catch (InvalidInputException e) {
      return editPage(model, source, form, e.byField());
    }
  }

  @PostMapping("/{id}/enabled")
  String enable(
      Actor actor, @PathVariable Long id, @RequestParam boolean enabled, RedirectAttributes flash) {
    SourceView source = sources.enable(actor, id, enabled);
    return done(flash, enabled ? "alerts.switchedOn" : "alerts.switchedOff", source);
  }

  /** A new secret, shown in this answer only. */
  @PostMapping("/{id}/secret")
  String rotate(Actor actor, @PathVariable Long id, Model model) {
    model.addAttribute("keyed", sources.rotateSecret(actor, id));
    return page(actor, model);
  }

  private static void rejected(Model model, AlertSourcePageForm form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
  }

  private static String editPage(
      Model model, SourceView source, AlertSourcePageForm form, Map<String, String> errors) {
    model.addAttribute("source", source);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "admin-alert-source";
  }

  private static String done(RedirectAttributes flash, String message, SourceView source) {
    flash.addFlashAttribute("notice", message);
    flash.addFlashAttribute("noticeArg", source.key());
    return "redirect:/admin/alerts";
  }
}
