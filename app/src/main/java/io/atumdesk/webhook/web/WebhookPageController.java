package io.atumdesk.webhook.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.webhook.Delivery;
import io.atumdesk.webhook.DeliveryAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's webhook page: subscriptions, dead letters (sent again in place with htmx), the latest
 * deliveries, inbound sources and what they refused; adding and changing them have their own
 * controllers.
 */
@Controller
@RequestMapping("/admin/webhooks")
class WebhookPageController {

  private final DeliveryAdministration deliveries;
  private final WebhookPage page;

  WebhookPageController(DeliveryAdministration deliveries, WebhookPage page) {
    this.deliveries = deliveries;
    this.page = page;
  }

  @GetMapping
  String page(Actor actor, Model model) {
    return page.render(actor, model);
  }

  /** From htmx: sends the dead letter again and answers with the refreshed dead letters. */
  @PostMapping(path = "/deliveries/{id}/retry", headers = "HX-Request=true")
  String retryInPlace(Actor actor, @PathVariable Long id, Model model) {
    model.addAttribute("flash", retry(actor, id));
    model.addAttribute("flashArg", id);
    model.addAttribute("dead", deliveries.latest(actor, Delivery.Status.DEAD));
    return "admin-webhooks :: deadLetters";
  }

  /** Without script: the same, then the whole page again. */
  @PostMapping("/deliveries/{id}/retry")
  String retryAndReload(Actor actor, @PathVariable Long id, RedirectAttributes flash) {
    flash.addFlashAttribute("flash", retry(actor, id));
    flash.addFlashAttribute("flashArg", id);
    return "redirect:/admin/webhooks";
  }

  private String retry(Actor actor, Long id) {
    try {
      deliveries.retry(actor, id);
      return "webhooks.retried";
    } catch (ConflictException notDead) {
      return "webhooks.notDead";
    }
  }
}
