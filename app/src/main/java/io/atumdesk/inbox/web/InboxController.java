package io.atumdesk.inbox.web;

import io.atumdesk.core.Actor;
import io.atumdesk.inbox.BulkActions;
import io.atumdesk.inbox.BulkChange;
import io.atumdesk.inbox.BulkOutcome;
import io.atumdesk.inbox.Inbox;
import io.atumdesk.inbox.InboxFilter;
import io.atumdesk.inbox.InboxPage;
import io.atumdesk.inbox.InboxQuery;
import io.atumdesk.inbox.InboxSort;
import io.atumdesk.inbox.InboxView;
import io.atumdesk.inbox.SavedView;
import io.atumdesk.inbox.SavedViews;
import io.atumdesk.inbox.ViewCount;
import io.atumdesk.ticket.Priority;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent inbox over HTTP; all rules live in {@link Inbox}, {@link SavedViews}, {@link
 * BulkActions}.
 */
@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox")
class InboxController {

  private final Inbox inbox;
  private final SavedViews savedViews;
  private final BulkActions bulk;

  InboxController(Inbox inbox, SavedViews savedViews, BulkActions bulk) {
    this.inbox = inbox;
    this.savedViews = savedViews;
    this.bulk = bulk;
  }

  @GetMapping
  @Operation(
      summary = "A page of a view; pass the answer's nextCursor as cursor for the next page",
      description =
          "Views: MY_WORK, MY_GROUPS, ALL_OPEN (default), SLA_AT_RISK, ALL. Sort: priority,"
              + " created, updated (default), slaDue or key, optionally ,asc or ,desc."
              + " assignee=unassigned finds tickets nobody holds.")
  InboxPage page(
      Actor actor,
      @RequestParam(defaultValue = "ALL_OPEN") InboxView view,
      @RequestParam(required = false) Set<TicketType> type,
      @RequestParam(required = false) Set<TicketStatus> status,
      @RequestParam(required = false) Set<Priority> priority,
      @RequestParam(required = false) String assignmentGroup,
      @RequestParam(required = false) String assignee,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) @Size(max = 200) String text,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "50") int size) {
    var filter = new InboxFilter(type, status, priority, assignmentGroup, assignee, category, text);
    return inbox.page(actor, new InboxQuery(view, filter, InboxSort.parse(sort), cursor, size));
  }

  @GetMapping("/counts")
  @Operation(summary = "How many tickets each view holds, capped (\"999+\") to stay cheap")
  List<CountView> counts(Actor actor) {
    return inbox.counts(actor).stream().map(CountView::of).toList();
  }

  @GetMapping("/views")
  @Operation(summary = "The caller's saved views")
  List<SavedViewView> views(Actor actor) {
    return savedViews.list(actor).stream().map(SavedViewView::of).toList();
  }

  @PostMapping("/views")
  @Operation(summary = "Save a view under a name; the same name again replaces it")
  SavedViewView save(Actor actor, @Valid @RequestBody SavedViewForm form) {
    return SavedViewView.of(
        savedViews.save(
            actor,
            form.name(),
            form.view(),
            form.filter() == null ? InboxFilter.NONE : form.filter(),
            InboxSort.parse(form.sort())));
  }

  @DeleteMapping("/views/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete one of the caller's saved views")
  void delete(Actor actor, @PathVariable Long id) {
    savedViews.delete(actor, id);
  }

  @PostMapping("/bulk")
  @Operation(
      summary = "Reassign and/or steer many tickets; each on its own, the answer says per key",
      description =
          "status IN_PROGRESS claims a new ticket or resumes a pending incident; PENDING (with"
              + " pendingReason) and RESOLVED (with resolution) complete the incident's resolve"
              + " step. Other moves are refused per ticket with the reason.")
  BulkOutcome bulk(Actor actor, @RequestBody BulkForm form) {
    return bulk.apply(
        actor,
        new BulkChange(
            form.keys(),
            form.assignmentGroup(),
            form.assignee(),
            form.status(),
            form.resolution(),
            form.pendingReason()));
  }

  record BulkForm(
      List<String> keys,
      String assignmentGroup,
      String assignee,
      TicketStatus status,
      String resolution,
      String pendingReason) {}

  record SavedViewForm(
      @NotBlank @Size(max = 100) String name,
      InboxView view,
      @Valid InboxFilter filter,
      String sort) {}

  record SavedViewView(Long id, String name, InboxView view, InboxFilter filter, String sort) {
    static SavedViewView of(SavedView view) {
      return new SavedViewView(
          view.id(), view.name(), view.view(), view.filter(), view.sort().toString());
    }
  }

  record CountView(InboxView view, long count, boolean capped, String label) {
    static CountView of(ViewCount count) {
      return new CountView(count.view(), count.count(), count.capped(), count.label());
    }
  }
}
