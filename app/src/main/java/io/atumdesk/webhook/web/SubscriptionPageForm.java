package io.atumdesk.webhook.web;

import io.atumdesk.webhook.SubscriptionAdministration.SubscriptionForm;
import io.atumdesk.webhook.SubscriptionAdministration.SubscriptionView;
import java.util.List;

/** The page's subscription form: event names as checked boxes; on or off is its own button. */
record SubscriptionPageForm(String name, String url, List<String> events) {

  static final SubscriptionPageForm EMPTY = new SubscriptionPageForm("", "", List.of());

  SubscriptionPageForm {
    events = events == null ? List.of() : List.copyOf(events);
  }

  static SubscriptionPageForm of(SubscriptionView view) {
    return new SubscriptionPageForm(view.name(), view.url(), view.events());
  }

  SubscriptionForm subscription(Boolean active) {
    return new SubscriptionForm(name, url, events, active);
  }
}
