package io.atumdesk.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;

/** A tenant's wish to hear about some events at a URL, signed with its own sealed secret. */
@Entity
@Table(name = "webhook_subscription")
class Subscription {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String name;
  private String url;
  private String events;
  private String secret;
  private boolean active;
  private Instant createdAt;
  @Version private long version;

  protected Subscription() {}

  Subscription(
      String name, String url, Collection<WebhookEvent> events, String sealedSecret, Instant now) {
    this.secret = sealedSecret;
    this.createdAt = now;
    change(name, url, events, true);
  }

  void change(String name, String url, Collection<WebhookEvent> events, boolean active) {
    this.name = name;
    this.url = url;
    this.events = events.stream().map(WebhookEvent::name).sorted().collect(Collectors.joining(","));
    this.active = active;
  }

  boolean wants(WebhookEvent event) {
    return active && events().contains(event);
  }

  Long id() {
    return id;
  }

  String tenantId() {
    return tenantId;
  }

  String name() {
    return name;
  }

  String url() {
    return url;
  }

  Set<WebhookEvent> events() {
    return Arrays.stream(events.split(","))
        .filter(name -> !name.isBlank())
        .map(WebhookEvent::valueOf)
        .collect(Collectors.toUnmodifiableSet());
  }

  String sealedSecret() {
    return secret;
  }

  boolean active() {
    return active;
  }

  Instant createdAt() {
    return createdAt;
  }
}
