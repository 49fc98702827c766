package io.atumdesk.assist.triage.web;

import io.atumdesk.assist.triage.TicketTriage;
import io.atumdesk.assist.triage.TriageField;
import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.TicketKey;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Triage" card of the agent's ticket page: suggestions that were not confident enough to be
 * applied on creation, each with a button to apply it. Loaded by the page once shown.
 */
@Controller
class TriageCard {

  private final TicketTriage triage;

  TriageCard(TicketTriage triage) {
    this.triage = triage;
  }

  @GetMapping("/tickets/{key}/triage")
  String card(@PathVariable String key, @RequestParam long version, Actor actor, Model model) {
    model.addAttribute("ticketKey", key);
    model.addAttribute("version", version);
    model.addAttribute("pending", triage.pending(actor, new TicketKey(key)));
    return "assist-triage :: items";
  }

  @PostMapping("/tickets/{key}/triage/{field}")
  String apply(
      @PathVariable String key,
      @PathVariable String field,
      @RequestParam long version,
      Actor actor) {
    TriageField triageField =
        Arrays.stream(TriageField.values())
            .filter(f -> f.apiName().equals(field))
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("field", "is not a triaged field"));
    triage.apply(actor, new TicketKey(key), triageField, version);
    return "redirect:/tickets/" + key;
  }
}
