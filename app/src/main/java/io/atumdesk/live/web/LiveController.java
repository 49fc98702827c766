package io.atumdesk.live.web;

import io.atumdesk.core.Actor;
import io.atumdesk.live.LiveUpdates;
import io.atumdesk.live.Presence;
import io.atumdesk.live.PresenceView;
import io.atumdesk.ticket.TicketKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-sent events for the pages, and presence on a ticket's page. */
@RestController
@RequestMapping("/live")
@Tag(name = "Live updates")
class LiveController {

  private final LiveUpdates live;
  private final Presence presence;

  LiveController(LiveUpdates live, Presence presence) {
    this.live = live;
    this.presence = presence;
  }

  @GetMapping("/stream")
  @Operation(
      summary =
          "text/event-stream of ticket-raised, task-assigned, ticket-changed and, with ?ticket=,"
              + " presence on that ticket")
  SseEmitter stream(Actor actor, @RequestParam(required = false) String ticket) {
    return live.open(actor, ticket == null ? null : new TicketKey(ticket));
  }

  @PostMapping("/tickets/{key}/presence")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Announce state=viewing, typing or left on a ticket's page")
  void announce(Actor actor, @PathVariable String key, @RequestParam String state) {
    presence.announce(actor, new TicketKey(key), state);
  }

  @GetMapping("/tickets/{key}/presence")
  @Operation(summary = "Who else is on the ticket's page, and who typed there since ?since=")
  PresenceView look(
      Actor actor, @PathVariable String key, @RequestParam(required = false) Instant since) {
    return presence.look(actor, new TicketKey(key), since);
  }
}
