package io.atumdesk.assist.panel;

import io.atumdesk.assist.TextEmbeddings;
import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import io.atumdesk.sla.CustomerMood;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frustration score of a ticket's customer, and the one-time flag when it reaches the
 * threshold: a line on the timeline, a {@code customer_frustration} row the escalation table reads
 * as {@code customerFrustrated}, and {@link CustomerFrustrated}, on which the SLA module's
 * escalation table is asked at once ({@link EscalateFrustration}).
 */
@Service
public class CustomerFrustration implements CustomerMood {

  private final TicketManagement tickets;
  private final TicketRecords records;
  private final TextEmbeddings embeddings;
  private final FrustrationFlags flags;
  private final FrustrationProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CustomerFrustration(
      TicketManagement tickets,
      TicketRecords records,
      TextEmbeddings embeddings,
      FrustrationFlags flags,
      FrustrationProperties properties,
      ApplicationEventPublisher events,
      Clock clock) {
    this.tickets = tickets;
    this.records = records;
    this.embeddings = embeddings;
    this.flags = flags;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  /** Whether the ticket's customer was found frustrated at some point; what the SLA table reads. */
  @Override
  @Transactional(readOnly = true)
  public boolean isFrustrated(long ticketId) {
    return flags.existsById(ticketId);
  }

  /** The score now, from what the customer wrote on the ticket (embeds up to a few messages). */
  Frustration score(Ticket ticket, CustomerMessages messages) {
    var latest = messages.latest(properties.messages());
    // Repetition needs two messages; a single one is not worth embedding on the request path.
    List<Optional<float[]>> vectors =
        latest.size() < 2
            ? latest.stream().map(text -> Optional.<float[]>empty()).toList()
            : embeddings.embedAll(latest);
    return FrustrationScore.of(
        latest,
        vectors,
        ticket.reopenCount(),
        messages.waitingSince(),
        clock.instant(),
        properties.threshold());
  }

  /**
   * Scores the ticket's customer and flags them the first time the score reaches the threshold.
   * Runs after the customer wrote or reopened, off the request path.
   */
  @Transactional
  public void assess(long ticketId) {
    Ticket ticket = records.byId(ticketId);
    TenantContext.runAs(
        ticket.tenantId(),
        () -> {
          var timeline = tickets.timeline(Actor.system(ticket.tenantId()), ticket.key());
          Frustration frustration = score(ticket, CustomerMessages.of(ticket, timeline));
          if (frustration.frustrated() && !flags.existsById(ticketId)) {
            flag(ticket, frustration);
          }
        });
  }

  private void flag(Ticket ticket, Frustration frustration) {
    String signals =
        frustration.signals().stream()
            .map(s -> s.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + s.points())
            .collect(Collectors.joining(", "));
    flags.save(
        new FrustrationFlag(
            ticket.id(), ticket.tenantId(), frustration.score(), signals, clock.instant()));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("score", frustration.score());
    details.put("threshold", properties.threshold());
    details.put("signals", frustration.signals());
    records.recordEvent(
        ticket.id(),
        "system",
        "Customer seems frustrated: score %d of 100 (%s)".formatted(frustration.score(), signals),
        details);
    events.publishEvent(
        new CustomerFrustrated(ticket.id(), ticket.tenantId(), frustration.score()));
  }
}
