package io.atumdesk.webhook.web;

import io.atumdesk.core.Actor;
import io.atumdesk.webhook.Delivery;
import io.atumdesk.webhook.DeliveryAdministration;
import io.atumdesk.webhook.SourceAdministration;
import io.atumdesk.webhook.SubscriptionAdministration;
import io.atumdesk.webhook.WebhookEvent;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The whole webhook page, for every handler that answers with it: the lists, and both add-forms
 * with what was typed and the problems found, empty unless a handler put them in the model.
 */
@Component
class WebhookPage {

  static final String VIEW = "admin-webhooks";

  private final SubscriptionAdministration subscriptions;
  private final DeliveryAdministration deliveries;
  private final SourceAdministration sources;

  WebhookPage(
      SubscriptionAdministration subscriptions,
      DeliveryAdministration deliveries,
      SourceAdministration sources) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.sources = sources;
  }

  String render(Actor actor, Model model) {
    model.addAttribute("subscriptions", subscriptions.list(actor));
    model.addAttribute("dead", deliveries.latest(actor, Delivery.Status.DEAD));
    model.addAttribute("deliveries", deliveries.latest(actor, null));
    model.addAttribute("sources", sources.list(actor));
    model.addAttribute("letters", sources.letters(actor));
    model.addAttribute("eventNames", eventNames());
    model.addAttribute("mappingFields", SourcePageForm.FIELDS);
    defaults(model, "subscriptionForm", SubscriptionPageForm.EMPTY);
    defaults(model, "subscriptionErrors", Map.of());
    defaults(model, "sourceForm", SourcePageForm.EMPTY);
    defaults(model, "sourceErrors", Map.of());
    return VIEW;
  }

  static java.util.List<String> eventNames() {
    return Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName).toList();
  }

  private static void defaults(Model model, String name, Object value) {
    if (!model.containsAttribute(name)) {
      model.addAttribute(name, value);
    }
  }
}
