package io.atumdesk.assist.panel;

import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assist card of the agent's ticket page, loaded by htmx once the page is shown: the panel, a
 * reply in another tone, the local model's draft, the ticket's summary, and "use this reply", which
 * fills the page's reply box and sends nothing.
 */
@Controller
@RequestMapping("/tickets/{key}/assist")
class AssistPanelController {

  private final AgentAssist assist;
  private final TicketSummaries summaries;

  AssistPanelController(AgentAssist assist, TicketSummaries summaries) {
    this.assist = assist;
    this.summaries = summaries;
  }

  @GetMapping
  String panel(@PathVariable TicketKey key, Actor actor, Model model) {
    TicketAssist found = assist.forCard(actor, key);
    model.addAttribute("assist", found);
    model.addAttribute("draft", ReplyDraft.template(Tone.FORMAL, found.replies().get(Tone.FORMAL)));
    return "assist-panel :: panel";
  }

  /** Asked for by a button, not with the card: it embeds the conversation on the request. */
  @GetMapping("/summary")
  String summary(@PathVariable TicketKey key, Actor actor, Model model) {
    model.addAttribute("summary", summaries.summary(actor, key));
    return "assist-panel :: summary";
  }

  @GetMapping("/reply")
  String reply(
      @PathVariable TicketKey key,
      @RequestParam(required = false) String tone,
      Actor actor,
      Model model) {
    model.addAttribute("draft", assist.reply(actor, key, toneOf(tone)));
    return "assist-panel :: reply";
  }

  @PostMapping("/draft")
  String draft(
      @PathVariable TicketKey key,
      @RequestParam(required = false) String tone,
      Actor actor,
      Model model) {
    model.addAttribute("draft", assist.draft(actor, key, toneOf(tone)));
    return "assist-panel :: reply";
  }

  /** The reply box of the ticket page with the chosen text in it, to be sent or edited there. */
  @PostMapping("/use")
  String use(
      @PathVariable TicketKey key,
      @RequestParam(defaultValue = "") String text,
      Actor actor,
      Model model) {
    assist.check(actor, key);
    model.addAttribute("draft", text);
    return "ticket :: reply-box";
  }

  private static Tone toneOf(String name) {
    return Tone.named(name).orElse(Tone.FORMAL);
  }
}
