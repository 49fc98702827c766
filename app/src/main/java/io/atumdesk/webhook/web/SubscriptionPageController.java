package io.atumdesk.webhook.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.webhook.SubscriptionAdministration;
import io.atumdesk.webhook.SubscriptionAdministration.SubscriptionView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins add, change and switch subscriptions on the webhook page. A new one's secret is shown in
 * the answer that made it and never again; problems are shown next to the fields they concern.
 */
@Controller
@RequestMapping("/admin/webhooks/subscriptions")
class SubscriptionPageController {

  private final SubscriptionAdministration subscriptions;
  private final WebhookPage page;

  SubscriptionPageController(SubscriptionAdministration subscriptions, WebhookPage page) {
    this.subscriptions = subscriptions;
    this.page = page;
  }

  @PostMapping
  String add(Actor actor, SubscriptionPageForm form, Model model) {
    try {
      model.addAttribute(
          "createdSubscription", subscriptions.create(actor, form.subscription(null)));
    } catch (InvalidInputException e) {
      model.addAttribute("subscriptionForm", form);
      model.addAttribute("subscriptionErrors", e.byField());
    }
    return page.render(actor, model);
  }

  @GetMapping("/{id}")
  String edit(Actor actor, @PathVariable Long id, Model model) {
    SubscriptionView subscription = subscriptions.get(actor, id);
    return editPage(model, subscription, SubscriptionPageForm.of(subscription), java.util.Map.of());
  }

  @PostMapping("/{id}")
  String change(
      Actor actor,
      @PathVariable Long id,
      SubscriptionPageForm form,
      Model model,
      RedirectAttributes flash) {
    SubscriptionView subscription = subscriptions.get(actor, id);
    try {
      subscriptions.update(actor, id, form.subscription(null));
    } catch (InvalidInputException e) {
      return editPage(model, subscription, form, e.byField());
    }
    return done(flash, "webhooks.subscriptionChanged", form.name());
  }

  @PostMapping("/{id}/active")
  String activate(
      Actor actor, @PathVariable Long id, @RequestParam boolean active, RedirectAttributes flash) {
    SubscriptionView s = subscriptions.get(actor, id);
    subscriptions.update(actor, id, SubscriptionPageForm.of(s).subscription(active));
    return done(flash, active ? "webhooks.switchedOn" : "webhooks.switchedOff", s.name());
  }

  private static String editPage(
      Model model,
      SubscriptionView subscription,
      SubscriptionPageForm form,
      java.util.Map<String, String> errors) {
    model.addAttribute("subscription", subscription);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("eventNames", WebhookPage.eventNames());
    return "admin-webhook-subscription";
  }

  static String done(RedirectAttributes flash, String message, String name) {
    flash.addFlashAttribute("notice", message);
    flash.addFlashAttribute("noticeArg", name);
    return "redirect:/admin/webhooks";
  }
}
