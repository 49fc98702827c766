package io.atumdesk.outbox.web;

import io.atumdesk.core.Actor;
import io.atumdesk.outbox.Broadcast;
import io.atumdesk.outbox.Broadcasting;
import io.atumdesk.outbox.Broadcasting.BroadcastRequest;
import io.atumdesk.outbox.Broadcasting.Progress;
import io.atumdesk.outbox.OutboxStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agents send one text to many recipients on one account and follow how far it got. */
@RestController
@RequestMapping("/api/v1/broadcasts")
@Tag(name = "Broadcasts")
class BroadcastController {

  private final Broadcasting broadcasting;

  BroadcastController(Broadcasting broadcasting) {
    this.broadcasting = broadcasting;
  }

  @PostMapping
  @Operation(
      summary =
          "Queue a text for many recipients (agents, admins); sent at the channel's pace,"
              + " finished by expectedEnd")
  ResponseEntity<BroadcastView> send(Actor actor, @RequestBody BroadcastRequest request) {
    Broadcast broadcast = broadcasting.send(actor, request);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/broadcasts/" + broadcast.id()))
        .body(BroadcastView.of(broadcasting.progress(actor, broadcast.id())));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A broadcast with how many of its messages are pending, sent and dead")
  BroadcastView get(Actor actor, @PathVariable long id) {
    return BroadcastView.of(broadcasting.progress(actor, id));
  }

  record BroadcastView(
      long id,
      String channel,
      String account,
      String ticketKey,
      int recipients,
      String createdBy,
      Instant createdAt,
      Instant expectedEnd,
      Map<OutboxStatus, Long> messages) {

    static BroadcastView of(Progress progress) {
      Broadcast b = progress.broadcast();
      return new BroadcastView(
          b.id(),
          b.channel(),
          b.account(),
          b.ticketKey(),
          b.recipients(),
          b.createdBy(),
          b.createdAt(),
          b.lastDueAt(),
          progress.counts());
    }
  }
}
