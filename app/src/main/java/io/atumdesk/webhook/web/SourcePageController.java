package io.atumdesk.webhook.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.webhook.SourceAdministration;
import io.atumdesk.webhook.SourceAdministration.SourceView;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins add, change and switch inbound webhook sources on the webhook page. A new source's secret
 * is shown in the answer that made it and never again; its name, the URL, never changes.
 */
@Controller
@RequestMapping("/admin/webhooks/sources")
class SourcePageController {

  private final SourceAdministration sources;
  private final WebhookPage page;

  SourcePageController(SourceAdministration sources, WebhookPage page) {
    this.sources = sources;
    this.page = page;
  }

  @PostMapping
  String add(Actor actor, SourcePageForm form, Model model) {
    try {
      model.addAttribute("createdSource", sources.create(actor, form.source(null)));
    } catch (InvalidInputException e) {
      model.addAttribute("sourceForm", form);
      model.addAttribute("sourceErrors", e.byField());
    } catch (ConflictException e) {
      model.addAttribute("sourceForm", form);
      model.addAttribute("sourceErrors", Map.of("name", e.getMessage()));
    }
    return page.render(actor, model);
  }

  @GetMapping("/{id}")
  String edit(Actor actor, @PathVariable Long id, Model model) {
    SourceView source = sources.get(actor, id);
    return editPage(model, source, SourcePageForm.of(source), Map.of());
  }

  @PostMapping("/{id}")
  String change(
      Actor actor,
      @PathVariable Long id,
      SourcePageForm form,
      Model model,
      RedirectAttributes flash) {
    SourceView source = sources.get(actor, id);
    try {
      sources.update(actor, id, form.source(null));
    } catch (InvalidInputException e) {
      return editPage(model, source, form, e.byField());
    }
    return SubscriptionPageController.done(flash, "webhooks.sourceChanged", source.name());
  }

  @PostMapping("/{id}/active")
  String activate(
      Actor actor, @PathVariable Long id, @RequestParam boolean active, RedirectAttributes flash) {
    SourceView source = sources.get(actor, id);
    sources.update(actor, id, SourcePageForm.of(source).source(active));
    String message = active ? "webhooks.switchedOn" : "webhooks.switchedOff";
    return SubscriptionPageController.done(flash, message, source.name());
  }

  private static String editPage(
      Model model, SourceView source, SourcePageForm form, Map<String, String> errors) {
    model.addAttribute("source", source);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("mappingFields", SourcePageForm.FIELDS);
    return "admin-webhook-source";
  }
}
