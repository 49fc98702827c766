package io.atumdesk.ticket.web;

import io.atumdesk.core.Actor;
import io.atumdesk.people.Person;
import io.atumdesk.ticket.CustomerSatisfaction;
import io.atumdesk.ticket.LinkKind;
import io.atumdesk.ticket.LinkView;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.Mentions;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketRating;
import io.atumdesk.ticket.TicketStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Working together on tickets: links between them, mentions of colleagues, the requester's rating.
 */
@RestController
@Tag(name = "Tickets")
class CollaborationController {

  private final LinkedTickets links;
  private final CustomerSatisfaction satisfaction;
  private final Mentions mentions;

  CollaborationController(
      LinkedTickets links, CustomerSatisfaction satisfaction, Mentions mentions) {
    this.links = links;
    this.satisfaction = satisfaction;
    this.mentions = mentions;
  }

  @GetMapping("/api/v1/tickets/{key}/links")
  @Operation(summary = "Linked tickets, each labelled as read from this one (staff only)")
  List<LinkResponse> links(Actor actor, @PathVariable String key) {
    return links.links(actor, new TicketKey(key)).stream().map(LinkResponse::of).toList();
  }

  @PostMapping("/api/v1/tickets/{key}/links")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Link to another ticket: {key} is <kind> <other key> (staff only)")
  LinkResponse link(Actor actor, @PathVariable String key, @Valid @RequestBody LinkForm form) {
    return LinkResponse.of(
        links.link(actor, new TicketKey(key), form.kind(), new TicketKey(form.key())));
  }

  @DeleteMapping("/api/v1/tickets/{key}/links/{otherKey}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove the link between two tickets (staff only)")
  void unlink(Actor actor, @PathVariable String key, @PathVariable String otherKey) {
    links.unlink(actor, new TicketKey(key), new TicketKey(otherKey));
  }

  @PostMapping("/api/v1/tickets/{key}/rating")
  @Operation(summary = "Rate a resolved or closed ticket 1 to 5 (its requester); replaces a rating")
  RatingResponse rate(Actor actor, @PathVariable String key, @Valid @RequestBody RatingForm form) {
    return RatingResponse.of(
        satisfaction.rate(actor, new TicketKey(key), form.score(), form.comment()));
  }

  @GetMapping("/api/v1/tickets/{key}/rating")
  @Operation(summary = "The requester's rating; 204 while there is none")
  ResponseEntity<RatingResponse> rating(Actor actor, @PathVariable String key) {
    return satisfaction
        .rating(actor, new TicketKey(key))
        .map(r -> ResponseEntity.ok(RatingResponse.of(r)))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @GetMapping("/api/v1/mentionable")
  @Operation(summary = "Staff of the tenant to offer after '@', by username or name prefix")
  List<Person> mentionable(Actor actor, @RequestParam(defaultValue = "") String prefix) {
    return mentions.mentionable(actor, prefix);
  }

  record LinkForm(@NotNull LinkKind kind, @NotNull String key) {}

  record RatingForm(@NotNull Integer score, @Size(max = 2000) String comment) {}

  record LinkResponse(
      LinkKind kind, String label, String key, String subject, TicketStatus status) {

    static LinkResponse of(LinkView v) {
      return new LinkResponse(v.kind(), v.label(), v.key().value(), v.subject(), v.status());
    }
  }

  record RatingResponse(int score, String comment, String ratedBy, Instant ratedAt) {

    static RatingResponse of(TicketRating r) {
      return new RatingResponse(r.score(), r.comment(), r.ratedBy(), r.ratedAt());
    }
  }
}
