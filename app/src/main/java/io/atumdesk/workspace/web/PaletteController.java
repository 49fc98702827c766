package io.atumdesk.workspace.web;

import io.atumdesk.core.Actor;
import io.atumdesk.inbox.Inbox;
import io.atumdesk.inbox.InboxFilter;
import io.atumdesk.inbox.InboxQuery;
import io.atumdesk.inbox.InboxView;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The command palette's options: tickets whose key or subject matches what was typed (the inbox's
 * indexed text search over all the tenant's tickets), then views and actions.
 */
@Controller
class PaletteController {

  private static final int TICKETS_SHOWN = 8;
  private final Inbox inbox;

  PaletteController(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/palette")
  String options(@RequestParam(defaultValue = "") String q, Actor actor, Model model) {
    String text = q.strip();
    var found =
        text.isEmpty()
            ? List.of()
            : inbox
                .page(
                    actor,
                    new InboxQuery(
                        InboxView.ALL,
                        new InboxFilter(null, null, null, null, null, null, text),
                        null,
                        null,
                        TICKETS_SHOWN))
                .items();
    model.addAttribute("tickets", found);
    model.addAttribute("query", text.toLowerCase(Locale.ROOT));
    return "palette :: options";
  }
}
