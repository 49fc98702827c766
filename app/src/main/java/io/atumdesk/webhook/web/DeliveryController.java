package io.atumdesk.webhook.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.webhook.Delivery;
import io.atumdesk.webhook.DeliveryAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log: latest deliveries (dead letters with {@code ?status=dead}), send again. */
@RestController
@RequestMapping("/api/v1/webhooks/deliveries")
@Tag(name = "Webhooks")
class DeliveryController {

  private final DeliveryAdministration deliveries;

  DeliveryController(DeliveryAdministration deliveries) {
    this.deliveries = deliveries;
  }

  @GetMapping
  @Operation(summary = "The latest 100 deliveries, newest first; status pending, delivered or dead")
  List<DeliveryView> list(Actor actor, @RequestParam(required = false) String status) {
    return deliveries.latest(actor, status(status)).stream().map(DeliveryView::of).toList();
  }

  @GetMapping("/{id}")
  DeliveryView get(Actor actor, @PathVariable Long id) {
    return DeliveryView.of(deliveries.get(actor, id));
  }

  @PostMapping("/{id}/retry")
  @Operation(summary = "Send a dead letter again, with a fresh round of tries")
  DeliveryView retry(Actor actor, @PathVariable Long id) {
    return DeliveryView.of(deliveries.retry(actor, id));
  }

  private static Delivery.Status status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return Delivery.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "is pending, delivered or dead");
    }
  }

  record DeliveryView(
      Long id,
      String deliveryId,
      Long subscriptionId,
      String event,
      String ticketKey,
      String status,
      int attempts,
      Instant nextAttemptAt,
      Instant lastAttemptAt,
      Integer responseStatus,
      String responseBody,
      Long durationMillis,
      String lastError,
      Instant createdAt,
      String body) {

    static DeliveryView of(Delivery d) {
      return new DeliveryView(
          d.id(),
          d.deliveryId(),
          d.subscriptionId(),
          d.event(),
          d.ticketKey(),
          d.status().name(),
          d.attempts(),
          d.nextAttemptAt(),
          d.lastAttemptAt(),
          d.responseStatus(),
          d.responseBody(),
          d.durationMillis(),
          d.lastError(),
          d.createdAt(),
          d.body());
    }
  }
}
