package io.atumdesk.assist.similar.web;

import io.atumdesk.assist.similar.Duplicates;
import io.atumdesk.assist.similar.SimilarTickets;
import io.atumdesk.assist.similar.TicketMerges;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.TicketKey;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Similar tickets" card of the agent's ticket page, loaded once the page is shown (so the page
 * knows nothing of vectors), and its actions on the likely duplicate: dismiss, link, merge. Each
 * action redirects to a ticket page.
 */
@Controller
@RequestMapping("/tickets/{key}")
class SimilarTicketsCard {

  private final SimilarTickets similar;
  private final Duplicates duplicates;
  private final TicketMerges merges;

  SimilarTicketsCard(SimilarTickets similar, Duplicates duplicates, TicketMerges merges) {
    this.similar = similar;
    this.duplicates = duplicates;
    this.merges = merges;
  }

  @GetMapping("/similar")
  String card(@PathVariable TicketKey key, Actor actor, Model model) {
    model.addAttribute("key", key.value());
    model.addAttribute("similar", similar.of(actor, key));
    return "similar-card :: items";
  }

  @PostMapping("/duplicate/dismiss")
  String dismiss(@PathVariable TicketKey key, Actor actor, RedirectAttributes flash) {
    return decided(key, flash, "similar.dismissed", () -> duplicates.dismiss(actor, key));
  }

  @PostMapping("/duplicate/link")
  String link(@PathVariable TicketKey key, Actor actor, RedirectAttributes flash) {
    return decided(key, flash, "ticket.linked", () -> duplicates.link(actor, key));
  }

  @PostMapping("/merge")
  String merge(@PathVariable TicketKey key, Actor actor, MergeForm form, RedirectAttributes flash) {
    try {
      var merged = merges.merge(actor, key, MergeForm.target(form.into()));
      flash.addFlashAttribute("flash", "similar.merged");
      return "redirect:/tickets/" + merged.into();
    } catch (InvalidInputException | ConflictException | NotFoundException e) {
      return refused(key, flash, e);
    }
  }

  private static String decided(
      TicketKey key, RedirectAttributes flash, String done, Runnable decision) {
    try {
      decision.run();
      flash.addFlashAttribute("flash", done);
      return "redirect:/tickets/" + key.value();
    } catch (ConflictException | NotFoundException e) {
      return refused(key, flash, e);
    }
  }

  private static String refused(TicketKey key, RedirectAttributes flash, RuntimeException e) {
    flash.addFlashAttribute("flashError", "similar.refused");
    flash.addFlashAttribute("flashDetail", e.getMessage());
    return "redirect:/tickets/" + key.value();
  }
}
