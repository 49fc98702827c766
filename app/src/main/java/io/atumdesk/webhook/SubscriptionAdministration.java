package io.atumdesk.webhook;

import io.atumdesk.channel.ChannelSecrets;
import io.atumdesk.connectors.webhook.TargetPolicy;
import io.atumdesk.connectors.webhook.TargetRefused;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins subscribe their tenant's URLs to events; each target is checked against the address policy
 * on save, and its signing secret is made here, shown once and kept sealed.
 */
@Service
@Transactional
public class SubscriptionAdministration {

  /** What to subscribe: event names as receivers see them ({@code ticket.raised}...). */
  public record SubscriptionForm(String name, String url, List<String> events, Boolean active) {}

  /** A subscription as admins see it; {@code secret} only in the answer that created it. */
  public record SubscriptionView(
      Long id,
      String name,
      String url,
      List<String> events,
      boolean active,
      Instant createdAt,
      String secret) {

    static SubscriptionView of(Subscription s, String secret) {
      List<String> events = s.events().stream().map(WebhookEvent::wireName).sorted().toList();
      return new SubscriptionView(
          s.id(), s.name(), s.url(), events, s.active(), s.createdAt(), secret);
    }
  }

  private final Subscriptions subscriptions;
  private final ChannelSecrets secrets;
  private final TargetPolicy policy;
  private final Clock clock;

  SubscriptionAdministration(
      Subscriptions subscriptions, ChannelSecrets secrets, TargetPolicy policy, Clock clock) {
    this.subscriptions = subscriptions;
    this.secrets = secrets;
    this.policy = policy;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<SubscriptionView> list(Actor actor) {
    requireAdmin(actor);
    return subscriptions.findByTenantIdOrderById(actor.tenantId()).stream()
        .map(s -> SubscriptionView.of(s, null))
        .toList();
  }

  @Transactional(readOnly = true)
  public SubscriptionView get(Actor actor, Long id) {
    return SubscriptionView.of(owned(actor, id), null);
  }

  public SubscriptionView create(Actor actor, SubscriptionForm form) {
    requireAdmin(actor);
    List<WebhookEvent> events = checked(form);
    String secret = ChannelSecrets.generate("whsec_");
    Subscription subscription =
        subscriptions.save(
            new Subscription(
                form.name().strip(),
                form.url().strip(),
                events,
                secrets.encrypt(secret),
                clock.instant()));
    return SubscriptionView.of(subscription, secret);
  }

  public SubscriptionView update(Actor actor, Long id, SubscriptionForm form) {
    Subscription subscription = owned(actor, id);
    List<WebhookEvent> events = checked(form);
    subscription.change(
        form.name().strip(),
        form.url().strip(),
        events,
        form.active() == null ? subscription.active() : form.active());
    return SubscriptionView.of(subscription, null);
  }

  public void delete(Actor actor, Long id) {
    subscriptions.delete(owned(actor, id));
  }

  private List<WebhookEvent> checked(SubscriptionForm form) {
    if (form.name() == null || form.name().isBlank() || form.name().length() > 100) {
      throw new InvalidInputException("name", "must be given, at most 100 characters");
    }
    if (form.url() == null || form.url().isBlank() || form.url().length() > 2000) {
      throw new InvalidInputException("url", "must be given, at most 2000 characters");
    }
    try {
      policy.check(URI.create(form.url().strip()));
    } catch (TargetRefused e) {
      throw new InvalidInputException("url", "refused: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("url", "is not a URL: " + e.getMessage());
    }
    if (form.events() == null || form.events().isEmpty()) {
      throw new InvalidInputException("events", "choose at least one of " + names());
    }
    List<WebhookEvent> events = new ArrayList<>();
    for (String name : Set.copyOf(form.events())) {
      events.add(
          WebhookEvent.byWireName(name)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "events", "'%s' is not one of %s".formatted(name, names()))));
    }
    return events;
  }

  private static List<String> names() {
    return java.util.Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName).toList();
  }

  private Subscription owned(Actor actor, Long id) {
    requireAdmin(actor);
    return subscriptions
        .findById(id)
        .filter(s -> actor.tenantId().equals(s.tenantId()))
        .orElseThrow(() -> new NotFoundException("Webhook subscription", id));
  }

  static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins manage webhooks.");
    }
  }
}
