package io.atumdesk.outbox.web;

import io.atumdesk.core.Actor;
import io.atumdesk.outbox.OutboxAdministration;
import io.atumdesk.outbox.OutboxStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The admin page of the outbox: counts per status, the dead letters with a retry button (htmx). */
@Controller
class OutboxPageController {

  private final OutboxAdministration outbox;

  OutboxPageController(OutboxAdministration outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/admin/outbox")
  String page(Actor actor, Model model) {
    model.addAttribute("counts", outbox.counts(actor));
    model.addAttribute("dead", outbox.list(actor, OutboxStatus.DEAD, 0, 100).getContent());
    return "admin-outbox";
  }

  @PostMapping("/admin/outbox/{id}/retry")
  String retry(Actor actor, @PathVariable long id, Model model) {
    model.addAttribute("message", outbox.retry(actor, id));
    return "admin-outbox :: retried";
  }
}
