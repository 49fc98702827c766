package io.atumdesk.problem.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.problem.KnownErrors;
import io.atumdesk.problem.ProblemManagement;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The problem card of the agent's ticket page, loaded once the page is shown so that the page knows
 * nothing of problems: a problem's analysis on a problem, the matching known errors with their
 * workaround on any other ticket, and linking that ticket to a problem.
 */
@Controller
class ProblemCard {

  private final TicketManagement tickets;
  private final ProblemManagement problems;
  private final KnownErrors knownErrors;

  ProblemCard(TicketManagement tickets, ProblemManagement problems, KnownErrors knownErrors) {
    this.tickets = tickets;
    this.problems = problems;
    this.knownErrors = knownErrors;
  }

  @GetMapping("/tickets/{key}/problem-card")
  String card(@PathVariable TicketKey key, Actor actor, Model model) {
    TicketType type = tickets.get(actor, key).type();
    if (type == TicketType.PROBLEM) {
      model.addAttribute("problem", problems.get(actor, key));
      return "problem-card :: problem";
    }
    model.addAttribute("ticketKey", key.value());
    model.addAttribute("incident", type == TicketType.INCIDENT);
    model.addAttribute("knownErrors", knownErrors.forIncident(actor, key));
    return "problem-card :: known-errors";
  }

  @PostMapping("/tickets/{key}/problem-link")
  String link(
      @PathVariable TicketKey key, Actor actor, ProblemLinkForm form, RedirectAttributes flash) {
    try {
      problems.linkIncident(actor, form.key(), key);
      flash.addFlashAttribute("flash", "problem.linked");
    } catch (InvalidInputException | NotFoundException | ConflictException e) {
      flash.addFlashAttribute("flashError", "problem.linkRefused");
      flash.addFlashAttribute("flashDetail", e.getMessage());
    }
    return "redirect:/tickets/" + key.value();
  }
}
