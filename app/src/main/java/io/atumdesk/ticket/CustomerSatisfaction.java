package io.atumdesk.ticket;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer satisfaction: the requester rates a resolved or closed ticket from 1 to 5 with an
 * optional comment. A ticket keeps one rating; rating again replaces it, and both are events on the
 * timeline, so the history of a changed mind is not lost.
 */
@Service
public class CustomerSatisfaction {

  public static final int MAX_COMMENT = 2000;
  private static final Set<TicketStatus> RATEABLE =
      Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);

  private final TicketManagement management;
  private final TicketRatings ratings;
  private final TicketRecords records;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CustomerSatisfaction(
      TicketManagement management,
      TicketRatings ratings,
      TicketRecords records,
      ApplicationEventPublisher events,
      Clock clock) {
    this.management = management;
    this.ratings = ratings;
    this.records = records;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Rates the ticket as its requester, replacing an earlier rating.
   *
   * @throws ForbiddenException if the caller is not the requester
   * @throws ConflictException if the ticket is not resolved or closed
   */
  @Transactional
  public TicketRating rate(Actor actor, TicketKey key, int score, String comment) {
    Ticket ticket = management.visible(actor, key);
    if (!actor.username().equals(ticket.requester())) {
      throw new ForbiddenException(
          "Only the requester of " + key + " (" + ticket.requester() + ") can rate it.");
    }
    if (!RATEABLE.contains(ticket.status())) {
      throw new ConflictException(
          "Ticket %s is %s; it can be rated once it is resolved or closed."
              .formatted(key, ticket.status()));
    }
    String text = checked(score, comment);
    TicketRating rating =
        ratings.findByTicketId(ticket.id()).orElseGet(() -> new TicketRating(ticket));
    Integer previous = rating.ratedAt() == null ? null : rating.score();
    rating.rate(score, text, actor.username(), clock.instant());
    ratings.saveAndFlush(rating);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("score", score);
    if (previous != null) {
      details.put("previousScore", previous);
    }
    if (text != null) {
      details.put("comment", text);
    }
    String line =
        previous == null
            ? "Rated %d of 5".formatted(score)
            : "Rating changed from %d to %d of 5".formatted(previous, score);
    records.record(ticket, TimelineEntry.Kind.EVENT, actor.username(), line, details);
    events.publishEvent(new TicketRated(ticket.tenantId(), ticket.id(), key, score, previous));
    return rating;
  }

  /** The ticket's rating, for its requester and staff. */
  @Transactional(readOnly = true)
  public Optional<TicketRating> rating(Actor actor, TicketKey key) {
    return ratings.findByTicketId(management.visible(actor, key).id());
  }

  private static String checked(int score, String comment) {
    if (score < 1 || score > 5) {
      throw new InvalidInputException("score", "must be a whole number from 1 to 5");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new InvalidInputException("comment", "must be at most " + MAX_COMMENT + " characters");
    }
    return comment == null || comment.isBlank() ? null : comment.strip();
  }
}
