package io.atumdesk.outbox.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.outbox.Broadcast;
import io.atumdesk.outbox.Broadcasting;
import io.atumdesk.outbox.Broadcasting.Progress;
import io.atumdesk.outbox.OutboxStatus;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Agents tell many people at once (a major incident's affected users by SMS, say) and watch the
 * messages go out at the account's pace; the progress fragment refreshes itself until done.
 */
@Controller
@RequestMapping("/broadcasts")
class BroadcastPageController {

  private final Broadcasting broadcasting;

  BroadcastPageController(Broadcasting broadcasting) {
    this.broadcasting = broadcasting;
  }

  @GetMapping
  String list(Actor actor, Model model) {
    model.addAttribute("broadcasts", broadcasting.latest(actor, 50));
    return "broadcasts";
  }

  @GetMapping("/new")
  String form(Actor actor, @RequestParam(required = false) String ticket, Model model) {
    return formPage(actor, model, BroadcastForm.forTicket(ticket), Map.of());
  }

  @PostMapping
  String send(Actor actor, BroadcastForm form, Model model) {
    Map<String, BroadcastForm.Problem> problems = form.problems();
    if (!problems.isEmpty()) {
      return formPage(actor, model, form, problems);
    }
    try {
      Broadcast broadcast = broadcasting.send(actor, form.request());
      return "redirect:/broadcasts/" + broadcast.id();
    } catch (InvalidInputException refused) {
      // What the form cannot see: an account disabled meanwhile, too many recipients.
      Map<String, BroadcastForm.Problem> refusal =
          Map.of(
              "sender",
              new BroadcastForm.Problem("broadcast.problem.refused", refused.getMessage()));
      return formPage(actor, model, form, refusal);
    }
  }

  @GetMapping("/{id}")
  String progress(Actor actor, @PathVariable long id, Model model) {
    progressModel(actor, id, model);
    return "broadcast";
  }

  /** htmx: the progress alone, polled while messages are pending. */
  @GetMapping("/{id}/progress")
  String progressFragment(Actor actor, @PathVariable long id, Model model) {
    progressModel(actor, id, model);
    return "broadcast :: progress";
  }

  private void progressModel(Actor actor, long id, Model model) {
    Progress progress = broadcasting.progress(actor, id);
    long pending = progress.counts().get(OutboxStatus.PENDING);
    model.addAttribute("broadcast", progress.broadcast());
    model.addAttribute("counts", progress.counts());
    model.addAttribute("pending", pending);
    model.addAttribute("done", progress.broadcast().recipients() - pending);
  }

  private String formPage(
      Actor actor, Model model, BroadcastForm form, Map<String, BroadcastForm.Problem> problems) {
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("senders", broadcasting.sendingAccounts(actor));
    return "broadcast-new";
  }
}
