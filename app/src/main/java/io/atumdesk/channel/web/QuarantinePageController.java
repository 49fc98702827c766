package io.atumdesk.channel.web;

import io.atumdesk.channel.Quarantine;
import io.atumdesk.channel.QuarantineRelease;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's mail quarantine page: what was kept and why, the raw mail to download, release once
 * the cause is fixed, and delete after a confirmation.
 */
@Controller
@RequestMapping("/admin/mail-quarantine")
class QuarantinePageController {

  private final Quarantine quarantine;
  private final QuarantineRelease release;

  QuarantinePageController(Quarantine quarantine, QuarantineRelease release) {
    this.quarantine = quarantine;
    this.release = release;
  }

  @GetMapping
  String page(Actor actor, Model model) {
    model.addAttribute("entries", quarantine.list(actor));
    return "admin-mail-quarantine";
  }

  @GetMapping("/{id}/source")
  ResponseEntity<byte[]> source(Actor actor, @PathVariable long id) {
    return QuarantineController.eml(quarantine.source(actor, id), id);
  }

  @PostMapping("/{id}/release")
  String release(Actor actor, @PathVariable long id, RedirectAttributes flash) {
    try {
      release.release(actor, id);
      flash.addFlashAttribute("flash", "quarantine.released");
    } catch (ConflictException e) {
      flash.addFlashAttribute("flashError", "quarantine.notReleased");
      flash.addFlashAttribute("flashDetail", e.getMessage());
    }
    return "redirect:/admin/mail-quarantine";
  }

  @PostMapping("/{id}/delete")
  String delete(Actor actor, @PathVariable long id, RedirectAttributes flash) {
    quarantine.delete(actor, id);
    flash.addFlashAttribute("flash", "quarantine.deleted");
    return "redirect:/admin/mail-quarantine";
  }
}
