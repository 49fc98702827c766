package io.atumdesk.workspace.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.inbox.BulkActions;
import io.atumdesk.inbox.BulkChange;
import io.atumdesk.inbox.Inbox;
import io.atumdesk.inbox.InboxQuery;
import io.atumdesk.inbox.InboxSort;
import io.atumdesk.inbox.InboxView;
import io.atumdesk.inbox.SavedViews;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.ticket.Priority;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's inbox: built-in and saved views with their counts, filters, sorting, keyset pages
 * ("show more"), bulk changes, and rows that refresh when live updates say something changed.
 */
@Controller
class InboxPageController {

  private final Inbox inbox;
  private final SavedViews savedViews;
  private final BulkActions bulk;
  private final PeopleDirectory people;

  InboxPageController(
      Inbox inbox, SavedViews savedViews, BulkActions bulk, PeopleDirectory people) {
    this.inbox = inbox;
    this.savedViews = savedViews;
    this.bulk = bulk;
    this.people = people;
  }

  @GetMapping("/inbox")
  String page(InboxForm form, Actor actor, Model model) {
    rows(form, actor, model);
    // The counts follow as a fragment once the page is shown: the rows come first.
    model.addAttribute("views", InboxView.values());
    model.addAttribute("counts", Map.of());
    model.addAttribute("savedViews", savedLinks(actor));
    model.addAttribute("types", TicketType.values());
    model.addAttribute("statuses", TicketStatus.values());
    model.addAttribute("priorities", Priority.values());
    model.addAttribute("sorts", InboxSort.By.values());
    model.addAttribute("steerable", BulkChange.STEERABLE);
    model.addAttribute("groups", people.groupKeys(actor.tenantId()));
    model.addAttribute("staff", people.staff(actor.tenantId()));
    return "inbox";
  }

  /** The rows of the first page (after a filter change or a live update), or the next page. */
  @GetMapping("/inbox/rows")
  String rows(InboxForm form, Actor actor, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("result", inbox.page(actor, form.query()));
    return form.cursor() == null ? "inbox :: results" : "inbox :: rows";
  }

  @GetMapping("/inbox/counts")
  String counts(@RequestParam(required = false) InboxView view, Actor actor, Model model) {
    model.addAttribute("counts", inbox.counts(actor));
    model.addAttribute(
        "form", new InboxForm(view, null, null, null, null, null, null, null, null, null));
    model.addAttribute("savedViews", savedLinks(actor));
    return "inbox :: views";
  }

  /** The next ticket to work on: my own work first, then my groups' queues. */
  @GetMapping("/inbox/next")
  String next(@RequestParam(required = false) String after, Actor actor) {
    for (InboxView view : new InboxView[] {InboxView.MY_WORK, InboxView.MY_GROUPS}) {
      var found =
          inbox.page(actor, InboxQuery.firstPage(view, 2)).items().stream()
              .filter(row -> !row.key().equals(after))
              .findFirst();
      if (found.isPresent()) {
        return "redirect:/tickets/" + found.get().key();
      }
    }
    return "redirect:/inbox";
  }

  @PostMapping("/inbox/views")
  String saveView(
      @RequestParam String name, InboxForm form, Actor actor, RedirectAttributes flash) {
    try {
      savedViews.save(actor, name, form.view(), form.filter(), InboxSort.parse(form.sort()));
      flash.addFlashAttribute("flash", "inbox.viewSaved");
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("flashError", "inbox.viewRefused");
      flash.addFlashAttribute("flashDetail", e.getMessage());
    }
    return "redirect:/inbox?" + form.queryString();
  }

  @PostMapping("/inbox/views/{id}/delete")
  String deleteView(@PathVariable Long id, Actor actor) {
    savedViews.delete(actor, id);
    return "redirect:/inbox";
  }

  @PostMapping("/inbox/bulk")
  String bulk(BulkForm form, Actor actor, Model model) {
    try {
      TicketStatus status =
          form.status() == null || form.status().isBlank()
              ? null
              : TicketStatus.valueOf(form.status());
      String text = blankToNull(form.text());
      var change =
          new BulkChange(
              form.keys(),
              blankToNull(form.assignmentGroup()),
              BulkForm.KEEP.equals(form.assignee()) ? null : form.assignee(),
              status,
              status == TicketStatus.RESOLVED ? text : null,
              status == TicketStatus.PENDING ? text : null);
      model.addAttribute("outcome", bulk.apply(actor, change));
    } catch (InvalidInputException e) {
      model.addAttribute("bulkError", e.getMessage());
    }
    return "inbox :: bulk-outcome";
  }

  private java.util.List<SavedLink> savedLinks(Actor actor) {
    return savedViews.list(actor).stream()
        .map(saved -> new SavedLink(saved.id(), saved.name(), InboxForm.of(saved).queryString()))
        .toList();
  }

  /** A saved view as the sidebar links to it. */
  record SavedLink(Long id, String name, String query) {}

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
