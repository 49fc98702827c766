package io.atumdesk.problem.web;

import io.atumdesk.core.Actor;
import io.atumdesk.problem.KnownError;
import io.atumdesk.problem.KnownErrors;
import io.atumdesk.ticket.TicketKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The known error database, and the known errors that match one ticket. */
@RestController
@Tag(name = "Problems")
class KnownErrorController {

  private final KnownErrors knownErrors;

  KnownErrorController(KnownErrors knownErrors) {
    this.knownErrors = knownErrors;
  }

  @GetMapping("/api/v1/known-errors")
  @Operation(summary = "Published known errors, newest first; filter by ?text=, ?category=, ?ci=")
  List<KnownError> search(
      Actor actor,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String ci) {
    return knownErrors.search(actor, text, category, ci);
  }

  @GetMapping("/api/v1/tickets/{key}/known-errors")
  @Operation(summary = "The known errors matching a ticket (linked, same item or category)")
  List<KnownError> forTicket(Actor actor, @PathVariable String key) {
    return knownErrors.forIncident(actor, new TicketKey(key));
  }
}
