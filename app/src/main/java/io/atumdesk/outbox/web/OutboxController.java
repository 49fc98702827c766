package io.atumdesk.outbox.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.outbox.OutboxAdministration;
import io.atumdesk.outbox.OutboxMessage;
import io.atumdesk.outbox.OutboxStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins watch the outbox and send dead letters again. */
@RestController
@RequestMapping("/api/v1/outbox")
@Tag(name = "Outbox")
class OutboxController {

  private final OutboxAdministration outbox;

  OutboxController(OutboxAdministration outbox) {
    this.outbox = outbox;
  }

  @GetMapping
  @Operation(summary = "Messages with one status (PENDING, SENT, DEAD), newest first (admins)")
  PageView list(
      Actor actor,
      @RequestParam(defaultValue = "DEAD") String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (page < 0) {
      throw new InvalidInputException("page", "must be 0 or more");
    }
    if (size < 1 || size > 200) {
      throw new InvalidInputException("size", "must be between 1 and 200");
    }
    var found = outbox.list(actor, status(status), page, size);
    return new PageView(
        found.map(MessageView::of).getContent(),
        page,
        size,
        found.getTotalElements(),
        found.getTotalPages());
  }

  @GetMapping("/summary")
  @Operation(summary = "How many messages have each status (admins)")
  Map<OutboxStatus, Long> summary(Actor actor) {
    return outbox.counts(actor);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One message with its last error (admins)")
  MessageView get(Actor actor, @PathVariable long id) {
    return MessageView.of(outbox.get(actor, id));
  }

  @PostMapping("/{id}/retry")
  @Operation(summary = "Send a dead letter again, with a fresh set of tries (admins)")
  MessageView retry(Actor actor, @PathVariable long id) {
    return MessageView.of(outbox.retry(actor, id));
  }

  private static OutboxStatus status(String status) {
    try {
      return OutboxStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "must be one of PENDING, SENT, DEAD");
    }
  }

  record PageView(List<MessageView> items, int page, int size, long total, int totalPages) {}

  /** A message without its bodies; secrets of the sending account are never part of it. */
  record MessageView(
      long id,
      String channel,
      String account,
      String recipient,
      String subject,
      String ticketKey,
      OutboxStatus status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      String channelMessageId,
      Instant createdAt,
      Instant sentAt) {

    static MessageView of(OutboxMessage m) {
      return new MessageView(
          m.id(),
          m.channel(),
          m.account(),
          m.recipient(),
          m.subject(),
          m.ticketKey(),
          m.status(),
          m.attempts(),
          m.nextAttemptAt(),
          m.lastError(),
          m.channelMessageId(),
          m.createdAt(),
          m.sentAt());
    }
  }
}
