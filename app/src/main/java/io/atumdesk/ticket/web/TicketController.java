package io.atumdesk.ticket.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.Level;
import io.atumdesk.ticket.Priority;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketFilter;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Tickets over HTTP; all rules live in {@link TicketManagement}. */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets")
class TicketController {

  private static final Set<String> SORTABLE =
      Set.of("createdAt", "updatedAt", "priority", "key", "status", "type");

  private final TicketManagement tickets;
  private final TimelineViews timelineViews;

  TicketController(TicketManagement tickets, TimelineViews timelineViews) {
    this.tickets = tickets;
    this.timelineViews = timelineViews;
  }

  @PostMapping
  @Operation(summary = "Raise a ticket; its process starts and decides priority and routing")
  ResponseEntity<TicketView> raise(Actor actor, @Valid @RequestBody RaiseForm form) {
    Ticket ticket = tickets.raise(actor, form.command());
    return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.key()))
        .body(TicketView.of(ticket));
  }

  @GetMapping("/{key}")
  @Operation(summary = "One ticket by key")
  TicketView get(Actor actor, @PathVariable String key) {
    return TicketView.of(tickets.get(actor, new TicketKey(key)));
  }

  @GetMapping
  @Operation(summary = "Tickets matching the filters, newest first unless sorted otherwise")
  PageView<TicketView> search(
      Actor actor,
      @RequestParam(required = false) Set<TicketStatus> status,
      @RequestParam(required = false) Set<TicketType> type,
      @RequestParam(required = false) Set<Priority> priority,
      @RequestParam(required = false) String assignmentGroup,
      @RequestParam(required = false) String assignee,
      @RequestParam(required = false) String requester,
      @RequestParam(required = false) String text,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(defaultValue = "createdAt,desc") String sort) {
    var filter =
        new TicketFilter(status, type, priority, assignmentGroup, assignee, requester, text);
    var found = tickets.search(actor, filter, PageRequest.of(page(page), size(size), sort(sort)));
    return new PageView<>(
        found.getContent().stream().map(TicketView::of).toList(),
        found.getNumber(),
        found.getSize(),
        found.getTotalElements(),
        found.getTotalPages());
  }

  @PatchMapping("/{key}")
  @Operation(summary = "Change fields; send the version you read, 409 if someone was faster")
  TicketView update(Actor actor, @PathVariable String key, @RequestBody JsonNode body) {
    if (!body.isObject() || !body.has("version") || !body.get("version").canConvertToLong()) {
      throw new InvalidInputException("version", "must be the version of the ticket you read");
    }
    Map<TicketField, Object> changes = new EnumMap<>(TicketField.class);
    for (String name : body.propertyNames()) {
      if (name.equals("version")) {
        continue;
      }
      TicketField field =
          TicketField.byApiName(name)
              .orElseThrow(() -> new InvalidInputException(name, "is not a field you can change"));
      JsonNode value = body.get(name);
      changes.put(field, value.isNull() ? null : value.asString());
    }
    return TicketView.of(
        tickets.update(actor, new TicketKey(key), body.get("version").asLong(), changes));
  }

  @PostMapping("/{key}/comments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a public reply, or an internal note (agents only)")
  TimelineViews.EntryView comment(
      Actor actor, @PathVariable String key, @Valid @RequestBody CommentForm form) {
    return timelineViews.of(
        tickets.comment(
            actor, new TicketKey(key), form.body(), Boolean.TRUE.equals(form.internal())));
  }

  @GetMapping("/{key}/timeline")
  @Operation(summary = "Replies, notes, events, decisions and field changes, oldest first")
  List<TimelineViews.EntryView> timeline(Actor actor, @PathVariable String key) {
    return tickets.timeline(actor, new TicketKey(key)).stream().map(timelineViews::of).toList();
  }

  private static int page(int page) {
    if (page < 0) {
      throw new InvalidInputException("page", "must be 0 or more");
    }
    return page;
  }

  private static int size(int size) {
    if (size < 1 || size > 200) {
      throw new InvalidInputException("size", "must be between 1 and 200");
    }
    return size;
  }

  private static Sort sort(String sort) {
    String[] parts = sort.split(",");
    String property = parts[0].trim();
    if (!SORTABLE.contains(property)) {
      throw new InvalidInputException("sort", "can sort by " + String.join(", ", SORTABLE));
    }
    boolean ascending = parts.length > 1 && parts[1].trim().equalsIgnoreCase("asc");
    Sort primary = ascending ? Sort.by(property).ascending() : Sort.by(property).descending();
    return primary.and(Sort.by("id").descending());
  }

  record RaiseForm(
      @NotNull TicketType type,
      @NotBlank @Size(max = 255) String subject,
      @Size(max = 20000) String description,
      Level impact,
      Level urgency,
      @Size(max = 100) String category,
      @Size(max = 100) String requester) {

    RaiseTicket command() {
      return new RaiseTicket(type, subject, description, impact, urgency, category, requester);
    }
  }

  record CommentForm(@NotBlank @Size(max = 20000) String body, Boolean internal) {}

  record PageView<T>(List<T> items, int page, int size, long total, int totalPages) {}
}
