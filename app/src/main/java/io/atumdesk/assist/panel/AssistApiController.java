package io.atumdesk.assist.panel;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.TicketKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agent assist on the API, for agents and admins. */
@RestController
@RequestMapping("/api/v1/tickets/{key}/assist")
@Tag(name = "Assist")
class AssistApiController {

  private final AgentAssist assist;
  private final TicketSummaries summaries;

  AssistApiController(AgentAssist assist, TicketSummaries summaries) {
    this.assist = assist;
    this.summaries = summaries;
  }

  @GetMapping
  @Operation(
      summary =
          "Articles (null without a knowledge module), similar resolved tickets, a suggested reply"
              + " per tone and the customer's frustration score with its signals")
  TicketAssist assist(Actor actor, @PathVariable TicketKey key) {
    return assist.assist(actor, key);
  }

  @PostMapping("/draft")
  @Operation(
      summary =
          "A reply drafted by the local model in a tone (formal, friendly, empathetic); the"
              + " template with a fallback reason when no model is configured or it fails")
  ReplyDraft draft(Actor actor, @PathVariable TicketKey key, @RequestParam String tone) {
    return assist.draft(
        actor,
        key,
        Tone.named(tone)
            .orElseThrow(
                () -> new InvalidInputException("tone", "must be formal, friendly or empathetic")));
  }

  @GetMapping("/summary")
  @Operation(
      summary =
          "The conversation's most central sentences with who wrote each and when, the ticket's"
              + " facts, and the local model's short summary when one is configured (the"
              + " sentences with a fallback reason when it fails)")
  TicketSummary summary(Actor actor, @PathVariable TicketKey key) {
    return summaries.summary(actor, key);
  }
}
