package io.atumdesk.assist.similar.web;

import io.atumdesk.assist.similar.Duplicates;
import io.atumdesk.assist.similar.SimilarTickets;
import io.atumdesk.assist.similar.SimilarTicketsView;
import io.atumdesk.assist.similar.TicketMerges;
import io.atumdesk.assist.similar.TicketMerges.Merged;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Similar tickets, the duplicate flag and merging, for staff. */
@RestController
@RequestMapping("/api/v1/tickets/{key}")
@Tag(name = "Similar tickets")
class SimilarTicketsController {

  private final SimilarTickets similar;
  private final Duplicates duplicates;
  private final TicketMerges merges;

  SimilarTicketsController(SimilarTickets similar, Duplicates duplicates, TicketMerges merges) {
    this.similar = similar;
    this.duplicates = duplicates;
    this.merges = merges;
  }

  @GetMapping("/similar")
  @Operation(
      summary =
          "The most similar open and resolved tickets with scores, the likely duplicate and the alert storm")
  SimilarTicketsView similar(Actor actor, @PathVariable String key) {
    return similar.of(actor, new TicketKey(key));
  }

  @PostMapping("/duplicate/dismiss")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Dismiss the likely-duplicate flag: not a duplicate")
  void dismiss(Actor actor, @PathVariable String key) {
    duplicates.dismiss(actor, new TicketKey(key));
  }

  @PostMapping("/duplicate/link")
  @Operation(summary = "Link the ticket to its likely duplicate's original as 'duplicate of'")
  Map<String, String> link(Actor actor, @PathVariable String key) {
    return Map.of("duplicateOf", duplicates.link(actor, new TicketKey(key)).value());
  }

  @PostMapping("/merge")
  @Operation(
      summary = "Merge this ticket into another as its duplicate: {\"into\": \"INC-000001\"}")
  Merged merge(
      Actor actor, @PathVariable String key, @RequestBody(required = false) MergeForm form) {
    return merges.merge(
        actor, new TicketKey(key), MergeForm.target(form == null ? null : form.into()));
  }
}
